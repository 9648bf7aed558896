#!/usr/bin/env node
// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every text and
// wasm file of a built bundle but the dataset (see below), for hosts that send
// precompressed files (nginx brotli_static / gzip_static, many CDNs, scripts/serve.mjs). A copy that would not be
// smaller is not written. Run by trunk after each build (Trunk.toml, post_build hook) on
// its staging directory, or by hand:  node scripts/precompress.mjs DIST
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!root) {
  console.error('usage: node scripts/precompress.mjs DIST (or run as a trunk hook)');
  process.exit(2);
}
const COMPRESSIBLE = /\.(html|js|mjs|css|json|wasm|svg|txt|csv)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// The dataset and its schema are not: they are meant to be replaced in place without a
// build, and a stale compressed copy would hide the new file (a host should compress
// them as it sends them, as scripts/serve.mjs does). The /data page's own folder is
// an ordinary page and is precompressed.
const EDITABLE = /^data[\\/][^\\/]+\.json$/;

for (const path of walk(root)) {
  if (!COMPRESSIBLE.test(path) || EDITABLE.test(relative(root, path))) continue;
  const body = readFileSync(path);
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  if (br.length < body.length) writeFileSync(path + '.br', br);
  const gz = gzipSync(body, { level: 9 });
  if (gz.length < body.length) writeFileSync(path + '.gz', gz);
}
