#!/usr/bin/env bash
# Style and hygiene, each step runnable alone (see README): rustfmt, clippy on both builds (the
# server's, the browser's and the moderator's desk) with every warning an error, and cargo-deny on licences and
# banned crates.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

echo "== rustfmt"
cargo fmt --all --check

echo "== clippy, server build"
cargo clippy --locked -p app --features ssr --all-targets -- -D warnings
cargo clippy --locked -p server --all-targets -- -D warnings

echo "== clippy, browser build (hydrate, wasm32)"
cargo clippy --locked -p app --features hydrate --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked -p desk --target wasm32-unknown-unknown -- -D warnings

echo "== cargo-deny: licences and bans"
cargo deny --locked check licenses bans
