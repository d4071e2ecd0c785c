#!/usr/bin/env node
/*
 * Builds the add-in bundles (webpack --mode production --config-name addin) and writes
 * dist/.bench-stats.json: for each entry, the JS files it loads — its initial chunks and every chunk it
 * can load later (dynamic imports), found by walking the chunk-group graph.
 * Runs in its own process so that webpack's memory is not the benchmark's.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');

const root = path.resolve(__dirname, '..');
const configs = require(path.join(root, 'webpack.config.js'))({}, { mode: 'production' });
const config = configs.find((c) => c.name === 'addin');

function filesOf(entrypoint) {
  const files = new Set();
  const seen = new Set();
  const visit = (group) => {
    if (seen.has(group)) return;
    seen.add(group);
    for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith('.js')) files.add(file);
    for (const child of group.childrenIterable) visit(child);
  };
  visit(entrypoint);
  return [...files];
}

webpack({ ...config, mode: 'production' }, (error, stats) => {
  if (error) {
    console.error(error.stack || String(error));
    process.exit(1);
  }
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, errorDetails: false }));
    process.exit(1);
  }
  const entries = {};
  for (const [name, entrypoint] of stats.compilation.entrypoints) entries[name] = filesOf(entrypoint);
  fs.writeFileSync(path.join(config.output.path, '.bench-stats.json'), JSON.stringify({ entries }, null, 1));
  console.log(`built ${Object.keys(entries).join(', ')} in ${((stats.endTime - stats.startTime) / 1000).toFixed(1)} s`);
});
