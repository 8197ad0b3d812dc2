#!/usr/bin/env bash
# Throughput and latency of a dialogue page with 50 published views, release build, SQLite.
#   scripts/bench.sh            (after `cargo leptos build --release`)
# Sends 50 views through the real form, publishes them (moderation comes in a later issue, so
# directly in the database), then loads the page with wrk: 2 threads, 50 connections, 20 s.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
port=3200
DATABASE_URL="sqlite://$work/bench.db?mode=rwc" PORTAL_SEED_DEMO=true PORTAL_VIEWS_BURST=1000 \
  LEPTOS_SITE_ADDR=127.0.0.1:$port LEPTOS_SITE_ROOT=target/site LEPTOS_OUTPUT_NAME=portal RUST_LOG=warn \
  "$target/release/server" & pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/sv" >/dev/null && break; sleep 0.2; done
slug=kultur-i-hela-stadsdelen
page="http://127.0.0.1:$port/sv/dialogues/$slug"
field=$(curl -sf "$page" | grep -o 'name="answer-[0-9]*"' | head -n1 | cut -d'"' -f2)
for i in $(seq 50); do
  curl -sf -o /dev/null -X POST "$page" --data-urlencode "$field=Synpunkt nummer $i: mer musik i parkerna på sommaren, gärna på kvällar och helger." \
    --data-urlencode "consent=yes" --data-urlencode "key=bench-$i"
done
python3 - "$work/bench.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("update view set status='published' where idempotency_key like 'bench-%'")
db.commit()
print("published views on the page:", db.execute("select count(*) from view v join dialogue d on d.id=v.dialogue_id where d.slug='kultur-i-hela-stadsdelen' and v.status='published'").fetchone()[0])
PY
echo "page bytes: $(curl -sf "$page" | wc -c) (uncompressed HTML)"
echo "== saturation: 50 connections"
wrk -t2 -c50 -d20s --latency "$page"
echo "== light load: 2 connections"
wrk -t1 -c2 -d20s --latency "$page"
