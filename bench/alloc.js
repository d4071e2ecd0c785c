#!/usr/bin/env node
/*
 * Where the engine allocates: samples every allocation (kept or collected) during parse + validate of a
 * generated sheet, and prints the functions that allocate most.   node bench/alloc.js [tables=1000] [runs=5]
 */
'use strict';
require('./register');
const inspector = require('inspector');
const path = require('path');
const { generateSheet } = require('./sheets');
const { validateSheet } = require('../src/core/validate');

const [tables = '1000', runs = '5'] = process.argv.slice(2);
const grid = generateSheet(Number(tables));
validateSheet(grid);

const session = new inspector.Session();
session.connect();
const post = (method, params) =>
  new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

(async () => {
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < Number(runs); i++) validateSheet(grid);
  const { profile } = await post('HeapProfiler.stopSampling');
  const self = new Map();
  let total = 0;
  const walk = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = `${functionName || '(anonymous)'} ${path.relative(process.cwd(), url.replace('file://', ''))}:${lineNumber + 1}`;
    self.set(where, (self.get(where) || 0) + node.selfSize);
    total += node.selfSize;
    node.children.forEach(walk);
  };
  walk(profile.head);
  const mb = (bytes) => (bytes / 1024 / 1024 / Number(runs)).toFixed(1);
  console.log(`allocated ≈ ${mb(total)} MB per validation of ${tables} tables; by function (self):`);
  for (const [where, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${mb(bytes).padStart(7)} MB  ${where}`);
  }
})();
