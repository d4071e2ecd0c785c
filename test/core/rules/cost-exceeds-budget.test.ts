import { costExceedsBudget } from '../../../src/core/rules/cost-exceeds-budget';
import { ruleTester } from '../../helpers/rule-tester';

const cost = (name: string, value: string): string[] => ['产出指标', '成本指标', name, name, value, '年度预算'];

ruleTester.run(costExceedsBudget, {
  valid: [
    { name: 'equal to the budget', table: {} },
    { name: 'in 元 below the budget', rows: [cost('项目总成本', '≤60000元')] },
    { name: '怀来: a bare number in the table unit', rows: [cost('预算控制数', '≤6')] },
    { name: 'a per-unit amount is not a total', rows: [cost('人均补助标准', '≤8万元')] },
    { name: 'a flat table has no budget', layout: 'flat', rows: [cost('项目总成本', '≤600万元')] },
  ],
  invalid: [
    {
      name: 'in 万元 above the budget',
      rows: [cost('项目总成本', '≤8万元')],
      errors: [{ messageId: 'exceeds', cell: 'E10', args: { amount: '8', budget: '6', unit: '万元' } }],
    },
    { name: 'in 元 above the budget', rows: [cost('项目总成本', '≤65000元')], errors: [{ messageId: 'exceeds', args: { amount: '6.5' } }] },
    { name: 'a bare number above the budget', rows: [cost('预算控制数', '≤60')], errors: [{ messageId: 'exceeds' }] },
  ],
});
