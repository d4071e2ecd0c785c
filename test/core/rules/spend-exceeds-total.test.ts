import { spendExceedsTotal } from '../../../src/core/rules/spend-exceeds-total';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(spendExceedsTotal, {
  valid: [
    { name: 'within the budget', table: {} },
    { name: 'bare percentages under a （%） label', table: { budget: '50.00', fiscal: '50.00', spend: ['60', '80', '90', '100'] } },
    { name: 'the whole budget early', table: { spend: ['6.00', '6.00', '6.00', '6.00'] } },
    { name: 'the last cell is spend/final-mismatch\'s', table: { spend: ['1.50', '3.00', '4.50', '7.00'] } },
  ],
  invalid: [
    {
      name: 'an amount above the budget mid-year',
      table: { spend: ['1.50', '6.50', '6.50', '6.00'] },
      errors: [
        { messageId: 'amount', cell: 'C7', args: { budget: '6', unit: '万元' } },
        { messageId: 'amount', cell: 'D7' },
      ],
    },
    {
      name: 'a percentage above 100%',
      table: { spend: ['30%', '120%', '100%', '100%'] },
      errors: [{ messageId: 'percent', cell: 'C7' }],
    },
  ],
});
