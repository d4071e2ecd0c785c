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

// Like webpack's resolve.extensions: `./library` is library.ts even when a library.json sits beside it,
// so the TypeScript extensions go first in the order Node tries them.
const others = Object.entries(Module._extensions);
for (const [ext] of others) delete Module._extensions[ext];
for (const ext of ['.ts', '.tsx']) Module._extensions[ext] = compile;
for (const [ext, loader] of others) if (!(ext in Module._extensions)) Module._extensions[ext] = loader;
