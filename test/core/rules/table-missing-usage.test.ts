import { tableMissingUsage } from '../../../src/core/rules/table-missing-usage';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(tableMissingUsage, {
  valid: [
    { name: 'usage written', table: {} },
    { name: 'a flat table has no usage', layout: 'flat', table: { usage: '' } },
  ],
  invalid: [{ name: '临西 综治视联网建设: usage left empty', table: { usage: '' }, errors: [{ messageId: 'missing', cell: 'B5' }] }],
});
