/*
 * A tiny require hook: lets the benchmarks (plain Node) load the TypeScript sources and test helpers,
 * compiled one file at a time by @swc/core to CommonJS. No type checking (that is `npm run typecheck`).
 */
'use strict';
const fs = require('fs');
const Module = require('module');
const swc = require('@swc/core');

const options = (filename) => ({
  filename,
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2020',
    parser: { syntax: 'typescript', tsx: filename.endsWith('.tsx') },
    transform: { react: { runtime: 'automatic' } },
  },
});

function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, options(filename));
  module._compile(code, filename);
}

for (const ext of ['.ts', '.tsx']) Module._extensions[ext] = compile;
