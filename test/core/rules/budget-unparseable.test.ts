import { budgetUnparseable } from '../../../src/core/rules/budget-unparseable';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(budgetUnparseable, {
  valid: [
    { name: 'numbers', table: { budget: '5.00', fiscal: '5.00', other: '' } },
    { name: 'amounts with units', table: { budget: '189.8万元', fiscal: '1898000元', other: '0' } },
    { name: '万 alone', table: { budget: '13万', fiscal: '13万' } },
  ],
  invalid: [
    {
      name: 'text instead of an amount',
      table: { budget: '待定', fiscal: '按实际支出' },
      errors: [
        { messageId: 'budget', cell: 'C4', args: { value: '待定' } },
        { messageId: 'fiscal', cell: 'E4' },
      ],
    },
    { name: 'an error value', table: { other: '#REF!' }, errors: [{ messageId: 'other', cell: 'G4' }] },
    { name: 'a percentage is not an amount', table: { budget: '50%' }, errors: [{ messageId: 'budget' }] },
  ],
});
