#!/usr/bin/env bash
# The moderation queue at scale: the time the queue's pages take with about 10 pending views
# and with about 2,000 pending views and 500 reported ones (release build; SQLite, or
# PostgreSQL with `scripts/bench-desk.sh postgres`). Figures in README ("The moderator's desk").
#   scripts/bench-desk.sh [sqlite|postgres]     (after `cargo leptos build --release`)
# Each page is asked for 7 times; the median time is printed. The views are made up by
# `server generate-views` (10 % of them pending, trimmed to the exact number with SQL, so both
# runs also fill the page's lists of the 50 newest published and hidden views); the reports are
# added with SQL.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
server="$target/release/server"
backend="${1:-sqlite}"
port=3301
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  # BENCH_KEEP=1 leaves the PostgreSQL database for EXPLAIN.
  if [ "$backend" = postgres ] && [ -z "${BENCH_KEEP:-}" ]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS portal_bench_desk' >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
export LEPTOS_SITE_ADDR=127.0.0.1:$port LEPTOS_SITE_ROOT=target/site LEPTOS_OUTPUT_NAME=portal RUST_LOG=warn
export PORTAL_INSECURE_COOKIES=true
slug=kultur-i-hela-stadsdelen
password=bench-password-long-enough

sql() {
  if [ "$backend" = postgres ]; then
    psql -q -t -A -h 127.0.0.1 -U postgres -d portal_bench_desk -c "$1"
  else
    sqlite3 "$work/bench.db" "$1"
  fi
}

median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.1f ms", a[int((NR + 1) / 2)] * 1000 }'; }

run() {
  local views=$1 pending=$2 reports=$3
  [ -n "$pid" ] && { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
  if [ "$backend" = postgres ]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS portal_bench_desk' >/dev/null
    psql -q -h 127.0.0.1 -U postgres -d postgres -c 'CREATE DATABASE portal_bench_desk' >/dev/null
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench_desk
  else
    rm -f "$work/bench.db"
    export DATABASE_URL="sqlite://$work/bench.db?mode=rwc"
  fi
  "$server" seed-demo >/dev/null
  echo "$password" | "$server" create-staff --email bench@example.stockholm.se --role moderator >/dev/null
  "$server" generate-views --slug "$slug" --count "$views" --not-a-real-database >/dev/null
  sql "UPDATE view SET status = 'rejected' WHERE status = 'pending' AND id NOT IN
       (SELECT id FROM (SELECT id FROM view WHERE status = 'pending' ORDER BY id LIMIT $pending) AS kept)" >/dev/null
  sql "INSERT INTO view_report (view_id, reason, created_at)
       SELECT id, 'spam', created_at FROM view WHERE status = 'published' ORDER BY id LIMIT $reports" >/dev/null
  # Fresh statistics, as autovacuum (PostgreSQL) would gather after a bulk load: without them
  # the planner takes the 22,000 new rows for one.
  sql "ANALYZE" >/dev/null
  local reported personal
  pending=$(sql "SELECT COUNT(*) FROM view WHERE status = 'pending'")
  reported=$(sql "SELECT COUNT(DISTINCT view_id) FROM view_report WHERE resolved_at IS NULL")
  personal=$(sql "SELECT COUNT(*) FROM view WHERE status = 'pending' AND looks_personal")
  echo "-- $backend: $pending pending ($personal flagged as personal data), $reported reported"

  "$server" & pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
  local jar="$work/cookies"
  rm -f "$jar"
  curl -sf -c "$jar" -o /dev/null "http://127.0.0.1:$port/sv/staff/login"
  curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode email=bench@example.stockholm.se \
    --data-urlencode "password=$password" "http://127.0.0.1:$port/sv/staff/login"
  local last=$(( (pending + 24) / 25 ))
  for page in "" "?page=$last" "?reason=personal-data" "?reason=spam" "?dialogue=$slug&lang=fi"; do
    # One warm-up request, then seven measured.
    curl -sf -b "$jar" -o /dev/null "http://127.0.0.1:$port/sv/staff/moderation$page"
    local bytes views
    bytes=$(curl -sf -b "$jar" -o "$work/page.html" -w '%{size_download}' "http://127.0.0.1:$port/sv/staff/moderation$page")
    views=$(grep -o 'class="pending"' "$work/page.html" | wc -l)
    local t
    t=$(for _ in 1 2 3 4 5 6 7; do
      curl -sf -b "$jar" -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/sv/staff/moderation$page"
    done | median)
    printf '   %-40s %9s  %4s views on the page, %7s bytes\n' "/sv/staff/moderation$page" "$t" "$views" "$bytes"
  done
}

run 2000 10 10
run 22000 2000 500
