#!/usr/bin/env bash
# Builds the portal and serves it on http://127.0.0.1:3000 with the embedded SQLite database
# (data/portal.db), loading the demo dialogues the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
target="${CARGO_TARGET_DIR:-$PWD/target}"
export PORTAL_SEED_DEMO="${PORTAL_SEED_DEMO:-true}"
# Plain HTTP on 127.0.0.1: the staff cookie cannot be Secure here (in production it must be).
export PORTAL_INSECURE_COOKIES="${PORTAL_INSECURE_COOKIES:-true}"
cargo leptos build --release --precompress
# The moderator's desk, a WebAssembly module of its own, after cargo-leptos (which empties
# target/site); the server finds it at start.
scripts/build-desk.sh
mkdir -p data
export LEPTOS_SITE_ROOT=target/site LEPTOS_OUTPUT_NAME=portal LEPTOS_ENV=PROD
export LEPTOS_SITE_ADDR="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
echo "serving on http://$LEPTOS_SITE_ADDR"
exec "$target/release/server" serve
