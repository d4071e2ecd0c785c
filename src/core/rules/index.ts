/**
 * The rule catalogue (SPEC §2), in report order. Ids are a public interface: settings, CLI output and
 * tests refer to them.
 */
import type { Rule } from '../findings';
import { budgetSumMismatch } from './budget-sum-mismatch';
import { budgetUnparseable } from './budget-unparseable';
import { costDirection } from './cost-direction';
import { costExceedsBudget } from './cost-exceeds-budget';
import { costNotMonetary } from './cost-not-monetary';
import { costPerUnitTotal } from './cost-per-unit-total';
import { goalNumberMismatch } from './goal-number-mismatch';
import { indicatorDuplicate } from './indicator-duplicate';
import { indicatorDuplicateName } from './indicator-duplicate-name';
import { indicatorMissingBasis } from './indicator-missing-basis';
import { indicatorMissingDescription } from './indicator-missing-description';
import { indicatorMissingName } from './indicator-missing-name';
import { indicatorMissingValue } from './indicator-missing-value';
import { spendDecreasing } from './spend-decreasing';
import { spendExceedsTotal } from './spend-exceeds-total';
import { spendFinalMismatch } from './spend-final-mismatch';
import { spendMissingMilestone } from './spend-missing-milestone';
import { spendMixedUnits } from './spend-mixed-units';
import { spendPacing } from './spend-pacing';
import { structureLevel2Parent } from './structure-level2-parent';
import { structureMissingLevel2 } from './structure-missing-level2';
import { structureUnknownLevel1 } from './structure-unknown-level1';
import { structureUnknownLevel2 } from './structure-unknown-level2';
import { tableDuplicateIndicators } from './table-duplicate-indicators';
import { tableMissingCode } from './table-missing-code';
import { tableMissingField } from './table-missing-field';
import { tableMissingUsage } from './table-missing-usage';
import { timelinessNotTime } from './timeliness-not-time';
import type { CatalogueRule } from './types';
import { valueCountUnit } from './value-count-unit';
import { valueDirection } from './value-direction';
import { valueMissingOperator } from './value-missing-operator';
import { valueMissingUnit } from './value-missing-unit';
import { valuePercentRange } from './value-percent-range';
import { valueRateUnit } from './value-rate-unit';
import { valueSatisfaction } from './value-satisfaction';
import { valueUnparseable } from './value-unparseable';

export type { CatalogueRule } from './types';

export const RULES: readonly CatalogueRule[] = Object.freeze([
  tableMissingField,
  tableMissingCode,
  tableMissingUsage,
  budgetUnparseable,
  budgetSumMismatch,
  spendMissingMilestone,
  spendDecreasing,
  spendFinalMismatch,
  spendExceedsTotal,
  spendMixedUnits,
  spendPacing,
  structureUnknownLevel1,
  structureUnknownLevel2,
  structureLevel2Parent,
  structureMissingLevel2,
  indicatorMissingName,
  indicatorMissingValue,
  indicatorMissingDescription,
  indicatorMissingBasis,
  indicatorDuplicate,
  indicatorDuplicateName,
  tableDuplicateIndicators,
  valueUnparseable,
  valueMissingUnit,
  valueMissingOperator,
  valuePercentRange,
  valueRateUnit,
  valueCountUnit,
  valueDirection,
  valueSatisfaction,
  costNotMonetary,
  costDirection,
  costExceedsBudget,
  costPerUnitTotal,
  timelinessNotTime,
  goalNumberMismatch,
]);

const BY_ID = new Map<string, CatalogueRule>(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): CatalogueRule | undefined {
  return BY_ID.get(id);
}

/** Rule ids in catalogue order. */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export type { Rule };
