#!/usr/bin/env node
// The dataset's JSON Schema under Ajv in its default strict mode, and the corpus of
// mutated files that `cargo test` (core/tests/schema_agreement.rs) wrote with the app
// reader's verdict on each: Ajv must compile the schema and give the same verdict on
// every structural case, and accept every content case (the checker rejects those).
//   node tests/schema-agreement.mjs   (after the host tests)

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('public/data/manufacturing-usa.schema.json', 'utf8'));
const shipped = JSON.parse(readFileSync('public/data/manufacturing-usa.json', 'utf8'));
const corpus = JSON.parse(readFileSync('target/schema-corpus.json', 'utf8'));

// Strict mode is Ajv's default: unknown formats or keywords stop compilation.
const ajv = new Ajv2020({ strict: true, allErrors: false });
const validate = ajv.compile(schema);

const unescape = (s) => s.replaceAll('~1', '/').replaceAll('~0', '~');
function applied(base, { pointer, value, remove }) {
  const file = structuredClone(base);
  const keys = pointer.split('/').slice(1).map(unescape);
  const last = keys.pop();
  let at = file;
  for (const k of keys) at = at[k];
  if (Array.isArray(at)) {
    if (remove) at.splice(Number(last), 1);
    else at[Number(last)] = value;
  } else if (remove) {
    delete at[last];
  } else {
    at[last] = value;
  }
  return file;
}

let failures = 0;
if (!validate(shipped)) {
  console.error('the shipped dataset fails the schema:', validate.errors);
  failures++;
}
if (!validate(corpus.trimmed)) {
  console.error('the trimmed base fails the schema:', validate.errors);
  failures++;
}
for (const c of corpus.cases) {
  const file = applied(c.base === 'full' ? shipped : corpus.trimmed, c);
  const ok = validate(file);
  if (ok !== c.valid) {
    failures++;
    console.error(`${c.name}: Ajv ${ok ? 'accepts' : 'rejects'}, the reader ${c.valid ? 'accepts' : 'rejects'}`);
  }
}
const valid = corpus.cases.filter((c) => c.valid).length;
if (corpus.cases.length < 300) {
  console.error(`only ${corpus.cases.length} cases`);
  failures++;
}
if (failures) {
  console.error(`${failures} disagreement(s) in ${corpus.cases.length} cases`);
  process.exit(1);
}
console.log(`Ajv (strict) compiles the schema and agrees with the reader on all ${corpus.cases.length} cases (${valid} valid, ${corpus.cases.length - valid} invalid).`);
