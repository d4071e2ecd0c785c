import { spendMissingMilestone } from '../../../src/core/rules/spend-missing-milestone';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(spendMissingMilestone, {
  valid: [
    { name: 'four amounts', table: {} },
    { name: 'four percentages (遵化)', table: { spend: ['30%', '60%', '90%', '100%'] } },
    { name: '0 0 100% 100%', table: { spend: ['0', '0', '100%', '100%'] } },
    { name: 'no spend plan (flat layout)', layout: 'flat', table: {} },
  ],
  invalid: [
    {
      name: '临西 综治视联网建设: three values for four milestones',
      table: { budget: '140.30', fiscal: '140.30', spend: ['140.30', '140.30', '140.30'] },
      errors: [{ messageId: 'missing', cell: 'E7', args: { milestone: '12月底' } }],
    },
    {
      name: 'a gap in the middle',
      table: { spend: ['1.50', '', '4.50', '6.00'] },
      errors: [{ messageId: 'missing', cell: 'C7', args: { milestone: '6月底' } }],
    },
    {
      name: 'a word instead of a value',
      table: { spend: ['1.50', '3.00', '待定', '6.00'] },
      errors: [{ messageId: 'notNumber', cell: 'D7' }],
    },
    { name: 'a plan with no values at all', table: { spend: [] }, errors: [{ messageId: 'empty', cell: 'B7' }] },
  ],
});
