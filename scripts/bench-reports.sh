#!/usr/bin/env bash
# Time and memory to build a participation report and to export a dialogue's views, with
# 100,000 generated views on one dialogue (release build, SQLite; PostgreSQL with
# BENCH_DATABASE_URL=postgres://...). Figures in README ("Reports and exports").
#   scripts/bench-reports.sh [count]      (after `cargo leptos build --release`)
# Memory is the server's peak resident set (VmHWM) read from /proc before and after each step.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
server="$target/release/server"
count="${1:-100000}"
port=3300
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
export DATABASE_URL="${BENCH_DATABASE_URL:-sqlite://$work/bench.db?mode=rwc}"
export LEPTOS_SITE_ADDR=127.0.0.1:$port LEPTOS_SITE_ROOT=target/site LEPTOS_OUTPUT_NAME=portal RUST_LOG=warn
# Plain HTTP: curl keeps no Secure cookie for it.
export PORTAL_INSECURE_COOKIES=true
slug=kultur-i-hela-stadsdelen
password=bench-password-long-enough

"$server" seed-demo
echo "$password" | "$server" create-staff --email bench@example.stockholm.se --role admin
start=$(date +%s.%N)
"$server" generate-views --slug "$slug" --count "$count" --not-a-real-database
echo "generated $count views in $(echo "$(date +%s.%N) - $start" | bc) s"

"$server" & pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/sv" >/dev/null && break; sleep 0.2; done
peak() { awk '/VmHWM/ {print $2 " kB"}' "/proc/$pid/status"; }
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$pid/status"; }
jar="$work/cookies"
curl -sf -c "$jar" -o /dev/null "http://127.0.0.1:$port/sv/staff/login"
curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode email=bench@example.stockholm.se \
  --data-urlencode "password=$password" "http://127.0.0.1:$port/sv/staff/login"
csrf=$(curl -sf -b "$jar" "http://127.0.0.1:$port/sv/staff" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -n1 | cut -d'"' -f4)
echo "server before: rss $(rss), peak $(peak)"

for i in 1 2 3; do
  curl -sf -b "$jar" -o "$work/report.html" -w "report of $count views: %{time_total} s, %{size_download} bytes\n" \
    "http://127.0.0.1:$port/sv/staff/reports/$slug"
done
echo "server after the report: rss $(rss), peak $(peak)"

for format in csv json; do
  curl -sf -b "$jar" -o "$work/export.$format" -w "full export ($format): %{time_total} s, %{size_download} bytes\n" \
    --data-urlencode "csrf=$csrf" --data-urlencode "format=$format" --data-urlencode "reason=benchmark" \
    "http://127.0.0.1:$port/sv/staff/reports/$slug/export-full"
  rows=$(python3 -c 'import csv, json, sys
f = sys.argv[1]
if f.endswith(".json"):
    print(len(json.load(open(f))["views"]))
else:
    print(sum(1 for _ in csv.reader(open(f, encoding="utf-8-sig"), delimiter=";")) - 1)' "$work/export.$format")
  echo "  views: $rows  server rss $(rss), peak $(peak)"
done
