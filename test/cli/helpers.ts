/** Shared helpers for the CLI tests: temp folders, captured output, synthetic workbooks. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/cli/io';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export interface Captured {
  io: CliIO;
  stdout(): string;
  stderr(): string;
}

export function captureIO(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text) },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'goaltable-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
