/** Timing helpers: medians after warm-up, on the high-resolution clock. */
import os from 'os';
import { performance } from 'perf_hooks';

export interface Timing {
  /** Wall-clock median (ms). */
  median: number;
  /** Median of the process's CPU time (user + system, ms): robust when other processes share the cores. */
  cpu: number;
  min: number;
  max: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise(samples: number[], cpu: number[]): Timing {
  return { median: median(samples), cpu: median(cpu), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

export function timeSync(fn: () => unknown, runs: number, warmup = Math.max(3, runs >> 2)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
    cpu.push(cpuMs(process.cpuUsage(startCpu)));
  }
  return summarise(samples, cpu);
}

export async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
    cpu.push(cpuMs(process.cpuUsage(startCpu)));
  }
  return summarise(samples, cpu);
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** A headline figure, to `digits` decimals. */
export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** The machine's load, to put wall-clock figures in context (other engineers share the cores). */
export function loadNote(): string {
  const [one] = os.loadavg();
  return `load average ${one.toFixed(1)} on ${os.cpus().length} cores`;
}
