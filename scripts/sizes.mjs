#!/usr/bin/env node
// Prints every file of a built bundle with its raw, gzip and brotli size, and the total,
// and fails when the wasm or the first load of a page exceeds its budget in budgets.json.
//   node scripts/sizes.mjs [dist-dir]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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

// What a first visit to a page fetches: its prepared HTML, the loader, the stylesheets,
// the dataset, the app's glue and main module, and the parts of the wasm that page names
// for the loader to fetch at once (scripts/prerender.mjs, data-parts). Not on that path:
// the schema, the icon, the service worker (fetched after start) and the parts of other
// pages.
const byFile = new Map(rows.map((r) => [r.file.split(sep).join('/'), r]));
const app = readFileSync(join(root, 'index.html'), 'utf8').match(/data-app="([^"]+)"/)?.[1];
if (!app) {
  console.error('sizes: index.html names no folder of wasm parts (data-app)');
  process.exit(1);
}
const common = [...byFile.keys()].filter((f) => /^[^/]+\.css$/.test(f) || f === 'loader.js' || f === 'data/manufacturing-usa.json'
  || [`${app}main.js`, `${app}__wasm_split.js`, `${app}main_bg.wasm`].includes(f));
const pages = [...byFile.keys()].filter((f) => f === 'index.html' || f.endsWith('/index.html'));
const firstLoads = pages.map((page) => {
  const html = readFileSync(join(root, page), 'utf8');
  const parts = (html.match(/data-parts="([^"]*)"/)?.[1] ?? '').split(' ').filter(Boolean).map((p) => app + p);
  const missing = parts.filter((p) => !byFile.has(p));
  if (missing.length) throw new Error(`sizes: ${page} names parts that are not in the bundle: ${missing.join(', ')}`);
  const route = '/' + page.replace(/(^|\/)index\.html$/, '');
  const files = [page, ...common, ...parts];
  return { route, parts: parts.length, brotli: sum('brotli', files.map((f) => byFile.get(f))) };
}).sort((a, b) => b.brotli - a.brotli);

const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'));
console.log(`\nfirst load of each prepared page (brotli): the page, ${common.length} files every page needs, and its parts of the wasm`);
let over = false;
const check = (what, bytes, budget) => {
  const size = bytes / 1024;
  const ok = size <= budget;
  over ||= !ok;
  console.log(`${ok ? 'within' : 'OVER  '} ${what.padEnd(28)} ${size.toFixed(1).padStart(6)} KB brotli (budget ${budget} KB)`);
};
for (const load of firstLoads) {
  check(`${load.route} (${load.parts} parts)`, load.brotli, budgets.first_load_brotli_kb[load.route] ?? budgets.first_load_brotli_kb.other);
}
const wasm = rows.filter((r) => r.file.endsWith('.wasm'));
check('all wasm, every page', sum('brotli', wasm), budgets.wasm_brotli_kb);
if (over) {
  console.error('A size budget in budgets.json is exceeded: make the change smaller, or raise the budget on purpose in the same commit.');
  process.exit(1);
}
