#!/usr/bin/env bash
# The moderator's desk, measured: a moderator at 1280x900 decides 50 pending views (10 with
# personal data) in Chromium against the release build; prints how many views a screen shows,
# the actions and the pixels of scrolling per decision, and that none was decided twice.
# Needs the release build (`cargo leptos build --release`) and scripts/install-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/../end2end"
export PATH="$PWD/node_modules/.bin:$PATH"
export E2E_SERVER_BIN="${E2E_SERVER_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/portal-target}/release/server}"
export E2E_SITE_ROOT="${E2E_SITE_ROOT:-$PWD/../target/site}"
npx playwright test -c playwright.desk.config.ts --reporter=line
cat ../target/e2e/desk-without-js.json ../target/e2e/desk-with-js.json
