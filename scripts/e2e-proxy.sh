#!/usr/bin/env bash
# The portal as it runs in production, on this machine: two server processes on one PostgreSQL
# database behind Debian's nginx with the site in deploy/nginx-portal.conf (TLS with a
# self-signed certificate). Then:
#   1. the resident's journey and a moderator's approval in Chromium, through the proxy;
#   2. the per-address limit counted once across both processes;
#   3. one process killed (SIGKILL) while residents send views: every acknowledged view is stored.
# Usage: scripts/e2e-proxy.sh [server-binary]   (needs TEST_POSTGRES_URL, nginx, psql)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
server="$(realpath "${1:-$target/release/server}")"
admin_url="${TEST_POSTGRES_URL:?the proxy run needs TEST_POSTGRES_URL}"
export PATH="$PWD/end2end/node_modules/.bin:$PATH"

db="portal_proxy_e2e"
base="${admin_url%/*}"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

PGOPTIONS="--client-min-messages=warning" psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export DATABASE_URL="$base/$db"
export PORTAL_PUBLIC_URL="https://127.0.0.1:8443"
export PORTAL_TRUSTED_PROXIES=127.0.0.1
export PORTAL_SKIP_MIGRATIONS=true
# A burst of 500 views per address, and one more a minute: step 2 sends 501 in a few seconds.
export PORTAL_VIEWS_BURST=500 PORTAL_VIEWS_PER_MINUTE=1 PORTAL_LOGINS_PER_MINUTE=1000
export PORTAL_SMTP_URL="smtp://127.0.0.1:2525"
export LEPTOS_SITE_ROOT="$PWD/target/site" LEPTOS_OUTPUT_NAME=portal LEPTOS_ENV=PROD RUST_LOG=warn
password='e2e moderator password'

# As an operator deploys: migrate once, accounts and demo content, then the processes.
"$server" migrate
for who in moderator admin editor; do
  echo "$password" | "$server" create-staff --email "$who@example.stockholm.se" --role "$who"
done
"$server" seed-demo
for port in 3201 3202; do
  LEPTOS_SITE_ADDR="127.0.0.1:$port" "$server" serve >"$work/server-$port.log" 2>&1 &
  pids+=($!)
done

# nginx with the deployed site, its certificate paths pointed at a throwaway certificate and
# its ports at free ones; everything it writes stays in $work.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" \
  -days 1 -subj /CN=127.0.0.1 2>/dev/null
sed -e "s|/etc/ssl/portal/fullchain.pem|$work/cert.pem|; s|/etc/ssl/portal/privkey.pem|$work/key.pem|" \
    -e "s|127.0.0.1:3001|127.0.0.1:3201|; s|127.0.0.1:3002|127.0.0.1:3202|" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:8443 ssl http2;|; s|listen \[::\]:443 ssl http2;||" \
    -e "s|listen 80;|listen 127.0.0.1:8080;|; s|listen \[::\]:80;||" \
    -e "s|root /opt/portal/site;|root $PWD/target/site;|" \
    deploy/nginx-portal.conf >"$work/site.conf"
cat >"$work/nginx.conf" <<EOF
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  include $work/site.conf;
}
EOF
"$(command -v nginx || echo /usr/sbin/nginx)" -c "$work/nginx.conf" -p "$work"
for _ in $(seq 100); do
  curl -skf https://127.0.0.1:8443/readyz >/dev/null && break
  sleep 0.2
done
for port in 3201 3202; do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; done
echo "== two processes behind nginx at https://127.0.0.1:8443"

echo "== 1. the resident's journey and a moderator's approval, through the proxy"
(cd end2end && E2E_BASE_URL=https://127.0.0.1:8443 npx playwright test tests/resident.spec.ts tests/staff.spec.ts)

echo "== 2. one address's limit, counted once across both processes"
slug=ny-lekplats-i-grimstaskogen
post() { # post KEY ADDRESS: the status of one view sent as ADDRESS, through nginx
  curl -sk -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: $2" \
    --data-urlencode "general=Synpunkt $1" --data-urlencode "key=$1" \
    "https://127.0.0.1:8443/sv/dialogues/$slug"
}
statuses=""
for i in $(seq 1 501); do statuses+="$(post "limit-$i" 203.0.113.77) "; done
ok=$(grep -o 303 <<<"$statuses" | wc -l)
refused=$(grep -o 429 <<<"$statuses" | wc -l)
echo "501 views from one address, alternating processes: $ok accepted, $refused refused"
[ "$ok" -eq 500 ] && [ "$refused" -eq 1 ] || { echo "the burst of 500 was not counted once"; exit 1; }
[ "$(post other 203.0.113.78)" = 303 ] || { echo "another address was refused"; exit 1; }

echo "== 3. one process killed while residents send views"
acked="$work/acknowledged"
: >"$acked"
sender() {
  for i in $(seq 1 150); do
    location=$(curl -sk -o /dev/null -w '%{http_code} %{redirect_url}' -H "X-Forwarded-For: 198.51.100.$1" \
      --data-urlencode "general=Under avbrottet $1-$i" --data-urlencode "key=kill-$1-$i" \
      "https://127.0.0.1:8443/sv/dialogues/$slug" || true)
    case "$location" in 303*) echo "${location##*/}" >>"$acked" ;; esac
  done
}
senders=()
for s in 1 2 3 4; do sender "$s" & senders+=($!); done
sleep 1
kill -9 "${pids[1]}"
wait "${senders[@]}"
count=$(wc -l <"$acked")
lost=0
while read -r reference; do
  found=$(psql -tA "$DATABASE_URL" -c "SELECT count(*) FROM view WHERE reference = '$reference'")
  [ "$found" = 1 ] || { echo "acknowledged but not stored: $reference"; lost=$((lost + 1)); }
done <"$acked"
echo "$count views acknowledged while process 2 was killed; lost: $lost"
[ "$count" -gt 0 ] && [ "$lost" -eq 0 ]
echo "== the proxy run passed"
