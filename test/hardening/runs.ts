/**
 * Cases per property. `npm test` runs the default (≥ 10,000 in all, well under 20 s on two cores);
 * HARDENING_SCALE=20 npx jest test/hardening runs a deep search.
 */
const SCALE = Number(process.env.HARDENING_SCALE ?? 1);

export function runs(base: number): number {
  return Math.max(1, Math.round(base * (Number.isFinite(SCALE) && SCALE > 0 ? SCALE : 1)));
}

/** Jest's per-test time limit, scaled with the number of cases. */
export const TIMEOUT_MS = Math.round(30_000 * Math.max(1, Number.isFinite(SCALE) ? SCALE : 1));
