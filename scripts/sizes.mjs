#!/usr/bin/env node
// Prints every file of a built bundle with its raw, gzip and brotli size, and the total,
// and fails when the wasm or the first load of `/` exceeds its budget in budgets.json.
//   node scripts/sizes.mjs [dist-dir]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    // Dot files, and the precompressed copies of scripts/precompress.mjs.
    if (name.startsWith('.') || /\.(br|gz)$/.test(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const rows = files(root).map((path) => {
  const data = readFileSync(path);
  return {
    file: relative(root, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}).sort((a, b) => b.brotli - a.brotli);

const width = Math.max(4, ...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip'.padStart(11)}  ${'brotli'.padStart(11)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}`);
const sum = (k, list = rows) => list.reduce((s, r) => s + r[k], 0);
console.log(`${'total'.padEnd(width)}  ${kb(sum('raw'))}  ${kb(sum('gzip'))}  ${kb(sum('brotli'))}`);

// What a first visit to `/` fetches: the page, its loader, scripts, wasm, styles and the
// dataset (the schema, the service worker's copy of the schema and the icon are not on
// the critical path; the service worker itself is small and fetched after start). Of the
// HTML files only index.html: the other pages' prepared copies and the bare shell
// (scripts/prerender.mjs) are other addresses.
const firstLoad = rows.filter((r) => !/schema\.json$|^img\//.test(r.file) && (!r.file.endsWith('.html') || r.file === 'index.html'));
const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'));
const wasm = rows.filter((r) => r.file.endsWith('.wasm'));
const checks = [
  ['wasm', sum('brotli', wasm), budgets.wasm_brotli_kb],
  ['first load of /', sum('brotli', firstLoad), budgets.first_load_brotli_kb],
];
let over = false;
for (const [what, bytes, budget] of checks) {
  const size = bytes / 1024;
  const ok = size <= budget;
  over ||= !ok;
  console.log(`${ok ? 'within' : 'OVER'} budget: ${what} ${size.toFixed(1)} KB brotli (budget ${budget} KB, target for the first load ${budgets.target_first_load_brotli_kb} KB)`);
}
if (over) {
  console.error('A size budget in budgets.json is exceeded: make the change smaller, or raise the budget on purpose in the same commit.');
  process.exit(1);
}
