import { tableMissingCode } from '../../../src/core/rules/table-missing-code';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(tableMissingCode, {
  valid: [
    { name: 'a real code (临西)', table: { code: '13053522P009629100015' } },
    { name: 'a code ending in a letter (遵化)', table: { code: '13028124P00091910001P' } },
    { name: 'a flat table has no code field', layout: 'flat', table: {} },
  ],
  invalid: [
    { name: 'empty', table: { code: '' }, errors: [{ messageId: 'empty', cell: 'B3' }] },
    { name: '————', table: { code: '————' }, errors: [{ messageId: 'placeholder', cell: 'B3', args: { value: '————' } }] },
    { name: '无', table: { code: '无' }, errors: [{ messageId: 'placeholder' }] },
    { name: '/', table: { code: '/' }, errors: [{ messageId: 'placeholder' }] },
  ],
});
