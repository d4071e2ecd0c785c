/**
 * Budget amounts as they are written into a cost indicator (`≤16.64万元`): at most two decimals, never
 * above the budget (rounded down, so the cost ceiling cannot exceed what was budgeted), no thousands
 * separators (a value cell must parse back to the same number), trailing zeros dropped.
 */
export function formatBudget(budget: number): string {
  if (!Number.isFinite(budget) || budget < 0) throw new RangeError(`not a budget amount: ${budget}`);
  // Budgets under 0.01 keep enough decimals to stay above zero.
  for (let decimals = 2; decimals <= 6; decimals++) {
    const text = floorTo(budget, decimals);
    if (Number(text) > 0 || budget === 0) return text;
  }
  return floorTo(budget, 6);
}

function floorTo(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  // The epsilon absorbs binary noise: 16.64 * 100 = 1663.9999999999998.
  const scaled = Math.floor(value * scale + 1e-7);
  const text = (scaled / scale).toFixed(decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
