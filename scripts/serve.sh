#!/usr/bin/env bash
# Builds the portal and serves it on http://127.0.0.1:3000 with the embedded SQLite database
# (data/portal.db), loading the demo dialogues the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PORTAL_SEED_DEMO="${PORTAL_SEED_DEMO:-true}"
# Plain HTTP on 127.0.0.1: the staff cookie cannot be Secure here (in production it must be).
export PORTAL_INSECURE_COOKIES="${PORTAL_INSECURE_COOKIES:-true}"
exec cargo leptos serve --release --precompress
