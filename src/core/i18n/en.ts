/** English texts (when Office's display language is English). */
import type { Dictionary } from './types';

export const en: Dictionary = {
  common: {
    'severity.error': 'Error',
    'severity.warning': 'Warning',
    'severity.info': 'Info',
    'category.table': 'Table',
    'category.budget': 'Budget',
    'category.spend': 'Spend plan',
    'category.structure': 'Indicator structure',
    'category.indicator': 'Indicator',
    'category.value': 'Indicator value',
    'category.cost': 'Cost indicator',
    'category.timeliness': 'Timeliness indicator',
    'category.goal': 'Goal',
  },
  rules: {
    'table/missing-field': {
      name: 'Required field missing',
      why: 'Project name, budget, goals and indicators are the core of a goal table; the finance bureau sends back a table missing any of them.',
      fix: 'Fill in the marked cell; a table without indicators needs a full set of indicator rows.',
      messages: {
        projectName: 'The project name is empty.',
        budget: 'The budget is empty.',
        goals: 'The performance goals are empty.',
        indicators: 'The table has no indicator rows.',
      },
    },
    'table/missing-code': {
      name: 'Project code missing',
      why: 'The project code links the table to the project in the budget system.',
      fix: 'Look up the project code in the budget system and enter it.',
      messages: {
        empty: 'The project code is empty.',
        placeholder: 'The project code "{value}" is a placeholder, not a code.',
      },
    },
    'table/missing-usage': {
      name: 'Use of funds missing',
      why: 'The use of funds tells the reviewer what the money is spent on.',
      fix: 'Describe what the funds are used for in the row under the budget.',
      messages: { missing: 'The use of funds is empty.' },
    },
    'budget/unparseable': {
      name: 'Budget amount not readable',
      why: 'Budget amounts must be numbers to check the funding split and the spend plan.',
      fix: 'Enter only the amount (a unit such as 万元 is fine), without explanations.',
      messages: {
        budget: 'The budget "{value}" is not an amount.',
        fiscal: 'The fiscal funds "{value}" are not an amount.',
        other: 'The other funds "{value}" are not an amount.',
      },
    },
    'budget/sum-mismatch': {
      name: 'Budget does not match its sources',
      why: 'The budget must equal fiscal funds plus other funds; a difference means one amount is wrong.',
      fix: 'Check the three amounts so that budget = fiscal funds + other funds.',
      messages: {
        mismatch: 'The budget {budget} {unit} is not fiscal funds {fiscal} {unit} plus other funds {other} {unit} ({sum} {unit}).',
      },
    },
    'spend/missing-milestone': {
      name: 'Spend plan milestone missing',
      why: 'Every milestone of the spend plan needs a cumulative value, or progress cannot be tracked.',
      fix: 'Enter the cumulative amount or percentage planned by that date.',
      messages: {
        missing: 'The spend plan has no value for {milestone}.',
        notNumber: 'The spend plan value "{value}" for {milestone} is not an amount or a percentage.',
        empty: 'The spend plan is empty.',
      },
    },
    'spend/decreasing': {
      name: 'Cumulative spend decreases',
      why: 'Spend plan values are cumulative; a later milestone cannot be lower than an earlier one.',
      fix: 'Enter cumulative values (not per-period amounts) that never decrease.',
      messages: {
        decreasing: 'Cumulative spend {value} at {milestone} is below {previous} at {previousMilestone}.',
      },
    },
    'spend/final-mismatch': {
      name: 'Spend plan does not end at the budget',
      why: 'The year-end cumulative spend must equal the budget (amount plan) or 100% (percent plan).',
      fix: 'Set the last milestone to the budget (or 100%) and adjust the others.',
      messages: {
        amount: 'Cumulative spend {value} at {milestone} differs from the budget {budget} {unit}.',
        percent: 'Cumulative spend {value} at {milestone} should be 100%.',
      },
    },
    'spend/exceeds-total': {
      name: 'Spend plan above the budget',
      why: 'No milestone can exceed the budget or 100%.',
      fix: 'Correct the milestone so that it does not exceed the budget (or 100%).',
      messages: {
        amount: 'Cumulative spend {value} at {milestone} exceeds the budget {budget} {unit}.',
        percent: 'Cumulative spend {value} at {milestone} exceeds 100%.',
      },
    },
    'spend/mixed-units': {
      name: 'Spend plan mixes amounts and percentages',
      why: 'A plan mixing amounts and percentages cannot be checked against the budget.',
      fix: 'Write every milestone as an amount in the table unit, or every one as a percentage.',
      messages: { mixed: 'The spend plan mixes amounts and percentages.' },
    },
    'spend/pacing': {
      name: 'Spending behind schedule',
      why: 'Spending behind the required schedule tends to leave unspent funds at year end.',
      fix: 'Check the payment schedule with the department and bring milestones forward.',
      messages: { behind: 'Cumulative spend at {milestone} is {actual}% of the budget, below the required {expected}%.' },
    },
    'structure/unknown-level1': {
      name: 'Unknown level-1 indicator',
      why: 'Level-1 indicators must be output, effect or satisfaction (plus cost in the 2021 framework).',
      fix: 'Use one of the standard level-1 names.',
      messages: {
        unknown: 'The level-1 indicator "{label}" is not in the framework.',
        otherFramework: 'The level-1 indicator "{label}" belongs to the 2021 framework, but this table also keeps cost under output; use one framework.',
        missing: 'The level-1 indicator is empty.',
      },
    },
    'structure/unknown-level2': {
      name: 'Unknown level-2 indicator',
      why: 'Level-2 indicators should use the standard names (quantity, quality, timeliness, cost, social effect …).',
      fix: 'Use one of the standard level-2 names.',
      messages: {
        unknown: 'The level-2 indicator "{label}" is not a standard name.',
        missing: 'The level-2 indicator is empty.',
      },
    },
    'structure/level2-parent': {
      name: 'Level-2 indicator under the wrong level 1',
      why: 'Each level-2 indicator belongs under one level-1 indicator (social effect under effect, quantity under output).',
      fix: 'Move the indicator under the right level-1 indicator or pick another level-2 indicator.',
      messages: { notAllowed: 'The level-2 indicator "{level2}" does not belong under "{level1}".' },
    },
    'structure/missing-level2': {
      name: 'Required indicator category missing',
      why: 'Indicators should cover output quantity, quality, timeliness and cost, effects and satisfaction.',
      fix: 'Add the missing indicators, for example from a template for the project type.',
      messages: {
        quantity: 'No quantity indicator.',
        quality: 'No quality indicator.',
        timeliness: 'No timeliness indicator.',
        cost: 'No cost indicator.',
        effect: 'No effect indicator.',
        satisfaction: 'No satisfaction indicator.',
      },
    },
    'indicator/missing-name': {
      name: 'Indicator name missing',
      why: 'Without a level-3 name nobody knows what the row measures.',
      fix: 'Enter the indicator name, or merge the row into the one above if it continues it.',
      messages: { missing: 'The row has no level-3 indicator name.' },
    },
    'indicator/missing-value': {
      name: 'Indicator value missing',
      why: 'An indicator without a target value cannot be assessed.',
      fix: 'Enter a measurable target such as "≥95%", "≥100人" or "≤10万元".',
      messages: { missing: 'The indicator "{name}" has no value.' },
    },
    'indicator/missing-description': {
      name: 'Indicator description missing',
      why: 'The description explains what the indicator measures and how.',
      fix: 'Describe the indicator or how it is computed in one sentence.',
      messages: { missing: 'The indicator "{name}" has no description.' },
    },
    'indicator/missing-basis': {
      name: 'Basis of the value missing',
      why: 'A target needs a basis (a document, a plan, past data) to be judged reasonable.',
      fix: 'Name the document, work plan or data the value is based on.',
      messages: { missing: 'The indicator "{name}" has no basis for its value.' },
    },
    'indicator/duplicate': {
      name: 'Duplicate indicator',
      why: 'A repeated indicator adds nothing to the assessment; usually a copy left unedited.',
      fix: 'Delete the repeated row or replace it with something else to measure.',
      messages: { duplicate: 'The indicator "{name}" repeats row {firstRow} (same name and description).' },
    },
    'indicator/duplicate-name': {
      name: 'Duplicate indicator name',
      why: 'Two indicators with one name are easily confused.',
      fix: 'Give the two indicators distinct names if they measure different things.',
      messages: { sameName: 'The indicator name "{name}" repeats row {firstRow}.' },
    },
    'table/duplicate-indicators': {
      name: 'Same indicators as another project',
      why: 'Identical indicators for different projects were copied and do not reflect this project.',
      fix: 'Set indicators and values that fit this project.',
      messages: {
        duplicate: 'The indicators of "{project}" are identical to those of "{otherProject}" (row {otherRow}).',
      },
    },
    'value/unparseable': {
      name: 'Value not readable',
      why: 'A quantity indicator needs a measurable number.',
      fix: 'Write an operator, a number and a unit, e.g. "≥100人"; fix broken formulas.',
      messages: {
        text: 'The value "{value}" is not a measurable number.',
        error: 'The value is the error "{value}"; check the formula.',
      },
    },
    'value/missing-unit': {
      name: 'Value without unit',
      why: 'A number without a unit is ambiguous.',
      fix: 'Add a unit: % for rates, 人/件/次/个 for counts, 万元/元 for money.',
      messages: {
        rate: 'The indicator "{name}" is a rate but "{value}" has no %.',
        count: 'The indicator "{name}" is a count but "{value}" has no unit.',
        money: 'The cost "{name}" value "{value}" has no money unit and the table states none.',
      },
    },
    'value/missing-operator': {
      name: 'Value without operator',
      why: 'Without ≥, ≤ or = it is unclear whether a number is a floor, a ceiling or exact.',
      fix: 'Put an operator before the number, e.g. "≥95%" or "=100%".',
      messages: { implicit: 'The value "{value}" has no comparison operator (≥, ≤, =).' },
    },
    'value/percent-range': {
      name: 'Percentage out of range',
      why: 'A rate lies between 0 and 100%; "≥100%" or more cannot be achieved.',
      fix: 'Write "=100%" for a full completion, otherwise a value between 0 and 100%.',
      messages: {
        above: 'The indicator "{name}" value "{value}" is above 100%.',
        below: 'The indicator "{name}" value "{value}" is below 0.',
        atLeast100: 'The indicator "{name}" value "{value}" cannot exceed 100%; write "=100%".',
      },
    },
    'value/rate-unit': {
      name: 'Rate with a count unit',
      why: 'The name is a rate but the value counts times or people.',
      fix: 'Give the value as a percentage, or rename the indicator as a count.',
      messages: { countUnit: 'The indicator "{name}" is a rate but "{value}" uses the count unit "{unit}".' },
    },
    'value/count-unit': {
      name: 'Count given as a percentage',
      why: 'The name is a count but the value is a percentage.',
      fix: 'Give the value as a number with a unit, or rename the indicator as a rate.',
      messages: { percent: 'The indicator "{name}" is a count but "{value}" is a percentage.' },
    },
    'value/direction': {
      name: 'Wrong direction',
      why: 'Completion or coverage rates are better high (use ≥); incident or failure rates better low (use ≤).',
      fix: 'Use ≥ for rates that should be high and ≤ for rates that should be low.',
      messages: {
        positiveCapped: 'The indicator "{name}" should be high, but "{value}" caps it; use ≥.',
        negativeFloored: 'The indicator "{name}" should be low, but "{value}" sets a floor; use ≤.',
      },
    },
    'value/satisfaction': {
      name: 'Implausible satisfaction target',
      why: 'Satisfaction is surveyed: 100% is not credible, a very low target shows nothing, and it is a percentage.',
      fix: 'Set satisfaction between "≥85%" and "≥95%".',
      messages: {
        full: 'The satisfaction indicator "{name}" value "{value}" is not credible; do not aim at 100%.',
        low: 'The satisfaction indicator "{name}" value "{value}" is below {min}%.',
        noPercent: 'The satisfaction indicator "{name}" value "{value}" should be a percentage.',
      },
    },
    'cost/not-monetary': {
      name: 'Cost is not an amount',
      why: 'A cost indicator measures money spent; a rate, "yes" or "within budget" cannot be assessed as cost.',
      fix: 'Give a money ceiling such as "≤10万元" in the table unit; move the rate to quality or timeliness.',
      messages: { notMoney: 'The cost indicator "{name}" value "{value}" is not an amount (e.g. "≤… {unit}").' },
    },
    'cost/direction': {
      name: 'Cost set as a minimum',
      why: 'A cost is a ceiling; ≥ or > invites spending more.',
      fix: 'Replace ≥ with ≤.',
      messages: { atLeast: 'The cost indicator "{name}" value "{value}" uses ≥ or >; costs are capped with ≤.' },
    },
    'cost/exceeds-budget': {
      name: 'Cost above the budget',
      why: 'A cost ceiling cannot exceed the project budget.',
      fix: 'Check the amount and its unit (元, 万元) against the budget.',
      messages: { exceeds: 'The cost "{name}" value "{value}" ({amount} {unit}) exceeds the budget {budget} {unit}.' },
    },
    'cost/per-unit-total': {
      name: 'Per-unit cost times quantity above the budget',
      why: 'Per-unit cost times the matching quantity is the total cost; above the budget, one of them is wrong.',
      fix: 'Check the per-unit standard and the quantity so that their product fits the budget.',
      messages: { exceeds: 'The per-unit cost "{value}" times "{quantity}" is about {total} {unit}, above the budget {budget} {unit}.' },
    },
    'timeliness/not-time': {
      name: 'Timeliness without time',
      why: 'A timeliness indicator measures when work is done: a deadline, days, or an on-time rate. Counts or rectification rates belong elsewhere.',
      fix: 'Set a time requirement ("12月底前完成", "≤30天", "及时率≥95%") and move the original indicator to the right category.',
      messages: { noTime: 'The timeliness indicator "{name}" value "{value}" states no time requirement.' },
    },
    'goal/number-mismatch': {
      name: 'Goal and indicator disagree',
      why: 'A number stated in the goals should match the indicator that measures it.',
      fix: 'Make the goal text and the indicator value agree.',
      messages: { mismatch: 'The goals say "{goal}" but the indicator "{name}" is "{value}".' },
    },
  },
};
