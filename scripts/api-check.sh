#!/usr/bin/env bash
# Checks the open-data API against its own OpenAPI document with a checker that is not ours:
# schemathesis (PyPI) generates requests from the document (valid and invalid ones) and checks
# every answer: status codes, content types, headers and bodies as documented, no server error.
# Runs the release server on a fresh SQLite database with the demo dialogues.
# Usage: scripts/api-check.sh [server binary]
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
server="${1:-$target/release/server}"
port="${API_CHECK_PORT:-3200}"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

DATABASE_URL="sqlite://$work/portal.db?mode=rwc" PORTAL_SEED_DEMO=true \
  PORTAL_API_PER_MINUTE=1000000 LEPTOS_SITE_ADDR="127.0.0.1:$port" \
  LEPTOS_SITE_ROOT="$PWD/target/site" RUST_LOG=warn "$server" >"$work/server.log" 2>&1 &
pid=$!
up=""
for _ in $(seq 1 150); do
  curl -fsS "http://127.0.0.1:$port/api/v1/openapi.json" >/dev/null 2>&1 && { up=yes; break; }
  sleep 0.2
done
[ -n "$up" ] || { echo "the server did not start:"; cat "$work/server.log"; exit 1; }

end2end/.venv/bin/schemathesis run "http://127.0.0.1:$port/api/v1/openapi.json" \
  --url "http://127.0.0.1:$port" --checks all --max-examples 60 --seed 1 \
  --no-color --suppress-health-check all
