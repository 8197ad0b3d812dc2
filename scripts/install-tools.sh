#!/usr/bin/env bash
# Installs what a fresh machine lacks to build, serve and test the portal.
# Idempotent and fast when everything is present: each step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.11
CARGO_DENY_VERSION=0.20.2
# Must equal the wasm-bindgen version pinned in Cargo.toml / Cargo.lock.
WASM_BINDGEN_VERSION=0.2.130

have() { command -v "$1" >/dev/null 2>&1; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

if ! have cargo-leptos || ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  # --ignore-rust-version: cargo-leptos's lock file asks for a newer rustc than ours.
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --ignore-rust-version
fi

if ! have wasm-bindgen || ! wasm-bindgen --version | grep -q "$WASM_BINDGEN_VERSION"; then
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! have cargo-deny || ! cargo deny --version 2>/dev/null | grep -q "$CARGO_DENY_VERSION"; then
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
fi

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
# Debian packages: Chromium for the end-to-end tests; a Java runtime for the Nu Html Checker
# (vnu-jar from npm), which checks every kind of page; nginx, psql and openssl for the run of
# two server processes behind a proxy (scripts/e2e-proxy.sh); zbarimg (zbar-tools), a QR decoder
# that is not ours, which reads the posters' QR codes back.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
have java || missing+=(default-jre-headless)
have nginx || [ -x /usr/sbin/nginx ] || missing+=(nginx)
have psql || missing+=(postgresql-client)
have openssl || missing+=(openssl)
have zbarimg || missing+=(zbar-tools)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi

# From PyPI, in a venv of their own: a real SMTP server for the end-to-end tests (aiosmtpd),
# schemathesis, which checks the open-data API's answers against its OpenAPI document,
# icalendar, a parser that is not ours for the meetings' calendar files, and pabutools, a
# participatory-budgeting library that counts the citizen budgets' Pabulib exports again.
if [ ! -x end2end/.venv/bin/aiosmtpd ] || [ ! -x end2end/.venv/bin/schemathesis ] \
  || ! end2end/.venv/bin/python -c 'import icalendar, pabutools' 2>/dev/null; then
  python3 -m venv end2end/.venv
  end2end/.venv/bin/pip install --quiet aiosmtpd==1.4.6 schemathesis==4.32.5 icalendar==7.3.2 \
    pabutools==1.2.3
fi

# npm packages: Playwright, axe-core, the Nu Html Checker (vnu-jar), and binaryen's wasm-opt
# (Debian's breaks hydration).
if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ ! -f end2end/node_modules/vnu-jar/build/dist/vnu.jar ] \
  || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
