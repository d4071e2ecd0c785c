import { spendMixedUnits } from '../../../src/core/rules/spend-mixed-units';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(spendMixedUnits, {
  valid: [
    { name: 'amounts', table: {} },
    { name: 'percentages', table: { spend: ['30%', '60%', '90%', '100%'] } },
    { name: '0 fits both', table: { spend: ['0', '0', '100%', '100%'] } },
  ],
  invalid: [
    {
      name: 'amounts then percentages',
      table: { spend: ['1.50', '3.00', '75%', '100%'] },
      errors: [{ messageId: 'mixed', cell: 'B7' }],
    },
  ],
});
