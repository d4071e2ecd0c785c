/** Entry point of the `goaltable` command (built to dist/cli/goaltable.js). */
import { run } from './program';

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`goaltable: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
