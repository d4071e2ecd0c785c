/**
 * The goaltable program: commander wiring and `run(argv, io)`, which tests call in-process.
 * Each command module exports a `register…Commands(program, context)` function (see io.ts RegisterCommands).
 */
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json';
import { registerCheckCommands } from './check';
import { UsageError } from './errors';
import { registerTemplateCommands } from './templates';
import { EXIT, processIO, type CliContext, type CliIO, type ExitCode, type RegisterCommands } from './io';

const COMMANDS: readonly RegisterCommands[] = [registerCheckCommands, registerTemplateCommands];

export function buildProgram(context: CliContext): Command {
  const program = new Command('goaltable')
    .description('预算项目绩效目标表校验与模板填充 (check and fill project budget performance-goal tables)')
    .version(pkg.version)
    // Settings set before the commands are added are inherited by them.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.stdout(text),
      writeErr: (text) => context.io.stderr(text),
    })
    .showHelpAfterError('(使用 goaltable --help 查看用法 / run goaltable --help for usage)');
  for (const register of COMMANDS) register(program, context);
  return program;
}

/** Runs the command line; resolves to the exit code (0 clean, 1 error findings, 2 usage or unreadable file). */
export async function run(argv: readonly string[], io: CliIO = processIO): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const context: CliContext = {
    io,
    setExitCode: (code) => {
      if (code > exitCode) exitCode = code;
    },
  };
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    return failure(error, io);
  }
  return exitCode;
}

function failure(error: unknown, io: CliIO): ExitCode {
  if (error instanceof CommanderError) {
    // commander has already printed its message; --help and --version end with code 0.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`goaltable: ${error.message}\n`);
    return EXIT.usage;
  }
  io.stderr(`goaltable: 内部错误 (internal error): ${(error as Error)?.message ?? String(error)}\n`);
  return EXIT.usage;
}
