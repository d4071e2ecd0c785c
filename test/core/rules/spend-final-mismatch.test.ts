import { spendFinalMismatch } from '../../../src/core/rules/spend-final-mismatch';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(spendFinalMismatch, {
  valid: [
    { name: 'amounts ending at the budget', table: {} },
    { name: 'percentages ending at 100%', table: { spend: ['30%', '60%', '90%', '100%'] } },
    {
      name: '临西 精神障碍 以奖代补: 4.80 plan for a 4.80 budget',
      table: { budget: '4.80', fiscal: '4.80', spend: ['1.20', '2.40', '3.60', '4.80'] },
    },
    {
      name: 'bare 30 60 90 100 under a （%） label read as percentages',
      table: { budget: '50.00', fiscal: '50.00', spend: ['30', '60', '90', '100'] },
    },
    { name: 'within the 0.005 tolerance', table: { spend: ['1.50', '3.00', '4.50', '6.004'] } },
    { name: 'a missing last value is spend/missing-milestone\'s', table: { spend: ['1.50', '3.00', '4.50'] } },
  ],
  invalid: [
    {
      name: '临西 精神障碍患者监护人责任险: budget 16.64, plan ends 16.40',
      table: { budget: '16.64', fiscal: '16.64', spend: ['4.16', '8.32', '12.48', '16.40'] },
      errors: [{ messageId: 'amount', cell: 'E7', args: { value: '16.40', budget: '16.64', unit: '万元' } }],
    },
    {
      name: 'a percent plan ending at 90%',
      table: { spend: ['30%', '60%', '90%', '90%'] },
      errors: [{ messageId: 'percent', cell: 'E7' }],
    },
    {
      name: 'a plan ending above the budget',
      table: { spend: ['1.50', '3.00', '4.50', '7.00'] },
      errors: [{ messageId: 'amount', cell: 'E7' }],
    },
  ],
});
