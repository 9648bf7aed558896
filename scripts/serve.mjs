#!/usr/bin/env node
// A static server for the built bundle, as a careful host would run it: the strict
// Content-Security-Policy on every response, the app under a sub-path, unknown app
// routes answered with the app's shell, long caching only for hashed file names, and the
// build's brotli or gzip copy of a file sent when the browser accepts it.
// Used by `scripts/serve` and by the browser tests.
//
//   node scripts/serve.mjs [--root dist] [--prefix /explorer/] [--port 8080] [--host 127.0.0.1]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

// The editable data files, sent compressed on the fly (see below).
const DATA_FILE = /[\\/]data[\\/][^\\/]+\.json$/;

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// trunk's --filehash names: name-0123456789abcdef.ext; and every file in the folder of
// wasm parts, named after its content (scripts/hash-parts.mjs): app-0123456789abcdef/
const HASHED = /-[0-9a-f]{16}\.[a-z]+$|(^|\/)app-[0-9a-f]{16}\//;

export async function startServer({ root = 'dist', prefix = '/', port = 0, host = '127.0.0.1' } = {}) {
  const dir = resolve(root);
  if (!prefix.startsWith('/')) prefix = '/' + prefix;
  if (!prefix.endsWith('/')) prefix += '/';

  const server = createServer(async (req, res) => {
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // Public files: a page embedded in a sandboxed frame has an opaque origin, and
      // its module script, wasm and dataset requests are then cross-origin.
      'Access-Control-Allow-Origin': '*',
    };
    const send = (status, body, extra = {}) => {
      res.writeHead(status, { ...headers, ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'Method not allowed', { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'Bad request', { 'Content-Type': 'text/plain' });
    }
    if (pathname + '/' === prefix) {
      return send(301, '', { Location: prefix });
    }
    if (!pathname.startsWith(prefix)) {
      return send(404, `Not found. The app is served at ${prefix}`, { 'Content-Type': 'text/plain; charset=utf-8' });
    }
    const rel = pathname.slice(prefix.length);
    let file = resolve(join(dir, rel));
    if (file !== dir && !file.startsWith(dir + sep)) {
      return send(404, 'Not found', { 'Content-Type': 'text/plain' });
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info) {
      // A missing file is a 404; anything else is an app route, which the app resolves.
      if (extname(rel)) return send(404, 'Not found', { 'Content-Type': 'text/plain' });
      // The app's shell without a prepared page (scripts/prerender.mjs), or index.html
      // in a bundle that has none.
      file = join(dir, 'shell.html');
      info = await stat(file).catch(() => null);
      if (!info) {
        file = join(dir, 'index.html');
        info = await stat(file).catch(() => null);
      }
    }
    // The build's precompressed copy (scripts/precompress.mjs) when the browser takes it.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encodings = [['br', '.br'], ['gzip', '.gz']].filter(([name]) => new RegExp(`\\b${name}\\b`).test(accepts));
    let body;
    let encoding = null;
    for (const [name, ext] of encodings) {
      // Only a copy at least as new as the file: an older one would hide an edit.
      const copy = await stat(file + ext).catch(() => null);
      if (!copy || copy.mtimeMs < (info?.mtimeMs ?? Infinity)) continue;
      body = await readFile(file + ext).catch(() => undefined);
      if (body) { encoding = name; break; }
    }
    try {
      body ??= await readFile(file);
    } catch {
      return send(404, 'Not found', { 'Content-Type': 'text/plain' });
    }
    // The dataset and its schema have no precompressed copy (an edited file must never be
    // shadowed by a stale one): they are compressed as they are sent.
    if (!encoding && DATA_FILE.test(file) && encodings.length > 0) {
      const [name] = encodings[0];
      body = name === 'br'
        ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })
        : gzipSync(body);
      encoding = name;
    }
    send(200, body, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
  );
  const { url } = await startServer({
    root: args.root,
    prefix: args.prefix,
    port: args.port ? Number(args.port) : 8080,
    host: args.host,
  });
  console.log(`Manufacturing USA Explorer is served at ${url}  (Ctrl+C to stop)`);
}
