#!/usr/bin/env node
// Names the folder of wasm parts (scripts/build-wasm, copied by trunk as `pkg/`) after its
// content: `app-<16 hex digits>/`, and points index.html's loader at it. The files inside
// keep their names, since they find each other by relative address (the glue imports
// `./__wasm_split.js`, which imports `./main.js` and fetches `./split_*.wasm`,
// `./chunk_*.wasm`): one name for the folder keeps those references intact, and any
// change to any part gives a new folder, so hosts and the service worker can keep every
// file in it for good (scripts/serve.mjs sends it `immutable`).
//
// Run by trunk after the build (Trunk.toml) on its staging folder, or by hand:
//   node scripts/hash-parts.mjs DIST
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!root) {
  console.error('usage: node scripts/hash-parts.mjs DIST (or run as a trunk hook)');
  process.exit(2);
}
const pkg = join(root, 'pkg');
const index = join(root, 'index.html');
const html = readFileSync(index, 'utf8');
if (!existsSync(pkg) || !html.includes('data-app="pkg/"')) {
  throw new Error('hash-parts: expected the pkg/ folder from scripts/build-wasm and index.html\'s data-app="pkg/"');
}

const hash = createHash('sha256');
for (const name of readdirSync(pkg).sort()) {
  hash.update(name).update('\0').update(readFileSync(join(pkg, name))).update('\0');
}
const folder = `app-${hash.digest('hex').slice(0, 16)}`;
rmSync(join(root, folder), { recursive: true, force: true });
renameSync(pkg, join(root, folder));
writeFileSync(index, html.replace('data-app="pkg/"', `data-app="${folder}/"`));
console.log(`hash-parts: ${readdirSync(join(root, folder)).length} files in ${folder}/`);
