import { budgetSumMismatch } from '../../../src/core/rules/budget-sum-mismatch';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(budgetSumMismatch, {
  valid: [
    { name: 'fiscal only (临西)', table: { budget: '16.64', fiscal: '16.64', other: '' } },
    { name: 'fiscal + other', table: { budget: '10.00', fiscal: '6.00', other: '4.00' } },
    { name: 'units converted: 万元 vs 元', table: { budget: '6.00', fiscal: '60000元' } },
    { name: 'within 0.005', table: { budget: '6.004', fiscal: '6.00' } },
    { name: 'no split given', table: { budget: '6.00', fiscal: '', other: '' } },
  ],
  invalid: [
    {
      name: 'fiscal + other below the budget',
      table: { budget: '10.00', fiscal: '6.00', other: '3.00' },
      errors: [{ messageId: 'mismatch', cell: 'C4', args: { budget: '10', sum: '9', unit: '万元' } }],
    },
    { name: 'fiscal above the budget', table: { budget: '5.00', fiscal: '5.50' }, errors: [{ messageId: 'mismatch' }] },
  ],
});
