/**
 * Cases per property. `npm test` runs the default (≥ 10,000 in all, well under 20 s on two cores);
 * HARDENING_SCALE=20 npx jest test/hardening runs a deep search.
 */
const requested = Number(process.env.HARDENING_SCALE ?? 1);
const SCALE = Number.isFinite(requested) && requested > 0 ? requested : 1;

export function runs(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

/** Jest's per-test time limit, scaled with the number of cases (never below the default). */
export const TIMEOUT_MS = Math.round(30_000 * Math.max(1, SCALE));
