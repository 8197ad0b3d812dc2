// Page weight of a dialogue page's scripts: the brotli size (quality 11, as a static server
// would precompress) of the JS and WASM a page loads, from a release build's site directory.
//   node scripts/page-weight.mjs --site target/site [--check]
// With --check it fails when WASM + JS exceed the budget from issue #2 (80 KiB).
// The moderator's desk (target/site/desk, scripts/build-desk.sh) loads on the moderation page
// only: it is reported apart and is not part of any resident's page.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const site = args[args.indexOf('--site') + 1] ?? 'target/site';
const check = args.includes('--check');
const BUDGET = 80 * 1024;

const pkg = join(site, 'pkg');
// Built names carry a content hash (portal.<hash>.js): of each kind, the newest file is this
// build's (older builds' files may still lie beside it).
const newest = (kind) =>
  readdirSync(pkg)
    .filter((f) => f.endsWith(`.${kind}`))
    .sort((a, b) => statSync(join(pkg, b)).mtimeMs - statSync(join(pkg, a)).mtimeMs)[0];
const files = ['css', 'js', 'wasm'].map(newest).filter(Boolean);
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
let scripts = 0;
console.log('file                          raw     brotli');
for (const f of files.sort()) {
  const buf = readFileSync(join(pkg, f));
  const b = brotli(buf);
  if (!f.endsWith('.css')) scripts += b;
  console.log(`${f.padEnd(26)} ${String(buf.length).padStart(9)} ${String(b).padStart(9)}`);
}
console.log(`WASM + JS, brotli: ${scripts} bytes (${(scripts / 1024).toFixed(1)} KiB); budget ${BUDGET / 1024} KiB`);
const deskDir = join(site, 'desk');
let desk = 0;
try {
  for (const f of readdirSync(deskDir).filter((f) => /\.(js|wasm)$/.test(f)).sort()) {
    const buf = readFileSync(join(deskDir, f));
    const b = brotli(buf);
    desk += b;
    console.log(`desk/${f.padEnd(21)} ${String(buf.length).padStart(9)} ${String(b).padStart(9)}`);
  }
  console.log(`Moderator's desk (moderation page only), WASM + JS, brotli: ${desk} bytes (${(desk / 1024).toFixed(1)} KiB)`);
} catch {
  console.log("Moderator's desk: not built (scripts/build-desk.sh)");
}
if (check && scripts > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
