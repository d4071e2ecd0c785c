#!/usr/bin/env node
/* Entry point of `npm run bench` (see bench/main.ts). */
'use strict';
require('./register');
require('./main')
  .main(process.argv.slice(2))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
