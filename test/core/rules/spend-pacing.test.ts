import { spendPacing } from '../../../src/core/rules/spend-pacing';
import { ruleTester } from '../../helpers/rule-tester';

const pacing = [25, 50, 75, 100];

ruleTester.run(spendPacing, {
  valid: [
    { name: 'on schedule', table: {}, settings: { pacing } },
    { name: 'ahead of schedule', table: { spend: ['30%', '60%', '90%', '100%'] }, settings: { pacing } },
    { name: 'not configured: no schedule, nothing to compare', table: { spend: ['0', '0', '0', '6.00'] } },
  ],
  invalid: [
    {
      name: 'behind at 3月 and 6月',
      table: { spend: ['0', '1.50', '4.50', '6.00'] },
      settings: { pacing },
      errors: [
        { messageId: 'behind', cell: 'B7', args: { actual: '0', expected: '25' } },
        { messageId: 'behind', cell: 'C7', args: { actual: '25', expected: '50' } },
      ],
    },
    {
      name: 'a percent plan (怀来 20/50/80/100 against 30/60/90/100)',
      table: { spend: ['20%', '50%', '80%', '100%'] },
      settings: { pacing: [30, 60, 90, 100] },
      errors: [{ messageId: 'behind' }, { messageId: 'behind' }, { messageId: 'behind' }],
    },
  ],
});
