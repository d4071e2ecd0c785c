/**
 * The browser end-to-end suite: real Chromium (playwright-core) against dist/, served on a random localhost
 * port. Build first: `npm run build && npm run test:e2e`.
 */
const path = require('path');

module.exports = {
  rootDir: path.join(__dirname, '..', '..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 60000,
  maxWorkers: 1,
};
