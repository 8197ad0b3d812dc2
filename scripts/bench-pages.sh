#!/usr/bin/env bash
# Public pages from the page cache against nginx serving the same saved bytes from disk, with
# the same wrk settings, in one run (release build, SQLite, the demo):
#   scripts/bench-pages.sh        (after `cargo leptos build --release --precompress`)
# For each page (the list, a budget page, a dialogue page) and each form (identity, brotli):
# requests per second at 50 connections, then p99 at 2 connections. BENCH_SECONDS sets each
# run's length (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
seconds="${BENCH_SECONDS:-10}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; rm -rf "$work"' EXIT
port=3200
nginx_port=3201
DATABASE_URL="sqlite://$work/bench.db?mode=rwc" PORTAL_SEED_DEMO=true \
  LEPTOS_SITE_ADDR=127.0.0.1:$port LEPTOS_SITE_ROOT=target/site LEPTOS_OUTPUT_NAME=portal RUST_LOG=warn \
  "$target/release/server" & pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/sv" >/dev/null && break; sleep 0.2; done

mkdir -p "$work/www"
pages=(/sv /sv/budgets/medborgarbudget-2027 /sv/dialogues/kultur-i-hela-stadsdelen)
for page in "${pages[@]}"; do
  name=$(echo "$page" | tr '/' '_')
  curl -sf "http://127.0.0.1:$port$page" -o "$work/www/$name.html"
  curl -sf -H 'Accept-Encoding: br' "http://127.0.0.1:$port$page" -o "$work/www/$name.html.br"
done
cat > "$work/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=100;
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location ~ \.br\$ { types { } default_type text/html; add_header Content-Encoding br; }
  }
}
EOF
"$nginx_bin" -c "$work/nginx.conf" -p "$work"

rate() { awk '/Requests\/sec/ {print $2}'; }
p99() { awk '$1 == "99%" {print $2}'; }
printf '%-40s %-8s %12s %12s %14s %14s\n' page form "portal r/s" "nginx r/s" "portal p99 @2" "nginx p99 @2"
for page in "${pages[@]}"; do
  name=$(echo "$page" | tr '/' '_')
  for form in identity br; do
    if [ "$form" = br ]; then header=(-H 'Accept-Encoding: br'); file="$name.html.br"; else header=(); file="$name.html"; fi
    portal=$(wrk -t2 -c50 -d"${seconds}s" "${header[@]}" "http://127.0.0.1:$port$page" | rate)
    plain=$(wrk -t2 -c50 -d"${seconds}s" "http://127.0.0.1:$nginx_port/$file" | rate)
    portal_p99=$(wrk -t1 -c2 -d"${seconds}s" --latency "${header[@]}" "http://127.0.0.1:$port$page" | p99)
    plain_p99=$(wrk -t1 -c2 -d"${seconds}s" --latency "http://127.0.0.1:$nginx_port/$file" | p99)
    printf '%-40s %-8s %12s %12s %14s %14s\n' "$page" "$form" "$portal" "$plain" "$portal_p99" "$plain_p99"
  done
done
echo "cache: $(curl -s -D - -o /dev/null "http://127.0.0.1:$port/sv" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache" {print $2}') for /sv; dialogue pages carry a per-visitor form key and are rendered each time (issue 15, left)"
