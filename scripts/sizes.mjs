#!/usr/bin/env node
// Prints every file of a built bundle with its raw, gzip and brotli size, and the total.
//   node scripts/sizes.mjs [dist-dir]

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
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
// A first visit to any page fetches every file of the bundle but the images it does
// not show; today that is all of them.
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`${'total'.padEnd(width)}  ${kb(sum('raw'))}  ${kb(sum('gzip'))}  ${kb(sum('brotli'))}`);
