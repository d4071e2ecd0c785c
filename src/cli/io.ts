/** What a command may use of the outside world: output streams and the exit code. Tests pass their own. */
import type { Command } from 'commander';

export interface CliIO {
  /** Writes text as is (callers add line breaks). */
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliContext {
  io: CliIO;
  /** Raises the process exit code (0 clean, 1 error findings, 2 usage or unreadable file); never lowers it. */
  setExitCode(code: ExitCode): void;
}

export type ExitCode = 0 | 1 | 2;

export const EXIT = Object.freeze({ ok: 0, findings: 1, usage: 2 } as const);

/** How a module adds its commands (`check`, `template`, `templates` …) to the program. */
export type RegisterCommands = (program: Command, context: CliContext) => void;

export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};
