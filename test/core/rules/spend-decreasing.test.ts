import { spendDecreasing } from '../../../src/core/rules/spend-decreasing';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(spendDecreasing, {
  valid: [
    { name: 'rising amounts', table: {} },
    { name: 'flat then rising (0 0 100% 100%)', table: { spend: ['0', '0', '100%', '100%'] } },
    { name: 'all at the start (综治视联网)', table: { spend: ['6.00', '6.00', '6.00', '6.00'] } },
    { name: 'rising percentages (怀来)', table: { spend: ['20%', '50%', '80%', '100%'] } },
  ],
  invalid: [
    {
      name: 'a per-period value instead of a cumulative one',
      table: { spend: ['1.50', '3.00', '1.50', '6.00'] },
      errors: [{ messageId: 'decreasing', cell: 'D7', args: { previousMilestone: '6月底' } }],
    },
    {
      name: 'percentages falling twice',
      table: { spend: ['30%', '60%', '50%', '40%'] },
      errors: [
        { messageId: 'decreasing', cell: 'D7' },
        { messageId: 'decreasing', cell: 'E7' },
      ],
    },
  ],
});
