#!/usr/bin/env bash
# Runs every test: rustfmt, clippy and cargo-deny (scripts/lint.sh), unit and integration tests
# (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set), then a release build and the
# end-to-end tests in Chromium, the open-data API checked by schemathesis, two processes behind
# nginx (with TEST_POSTGRES_URL), then the page-weight budget.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
target="${CARGO_TARGET_DIR:-$PWD/target}"

echo "== style and hygiene (rustfmt, clippy on both builds, cargo-deny)"
scripts/lint.sh

echo "== unit and integration tests"
cargo test --locked -p app --features ssr
cargo test --locked -p server

echo "== release build (cargo-leptos, wasm-opt from npm binaryen)"
cargo leptos build --release --precompress 2>&1 | grep -v '^\s*Compiling ' || { echo "cargo leptos build failed"; exit 1; }
[ -x "$target/release/server" ] || { echo "no server binary at $target/release/server"; exit 1; }
echo "== the moderator's desk module (desk/, WebAssembly of its own)"
scripts/build-desk.sh

echo "== end-to-end tests (Chromium, phone viewport)"
(cd end2end && E2E_SERVER_BIN="$target/release/server" E2E_SITE_ROOT="$PWD/../target/site" npx playwright test)

echo "== open-data API against its OpenAPI document (schemathesis)"
scripts/api-check.sh "$target/release/server"

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "== two server processes on PostgreSQL behind nginx (deploy/nginx-portal.conf)"
  scripts/e2e-proxy.sh "$target/release/server"
fi

echo "== page weight budget"
node scripts/page-weight.mjs --site target/site --check
