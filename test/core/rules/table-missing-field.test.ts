import { tableMissingField } from '../../../src/core/rules/table-missing-field';
import { cleanTable } from '../../helpers/build-grid';
import { ruleTester } from '../../helpers/rule-tester';

const flatRows = cleanTable().rows;

ruleTester.run(tableMissingField, {
  valid: [
    { name: 'a clean table', table: {} },
    { name: 'goals one per row (目标1, 目标2)', table: { goals: [['目标1', '表彰先进个人。'], ['目标2', '弘扬正气。']] } },
    { name: 'a flat table has no name or budget to fill', layout: 'flat', table: { rows: flatRows } },
  ],
  invalid: [
    { name: 'project name empty', table: { name: '' }, errors: [{ messageId: 'projectName', cell: 'E3' }] },
    { name: 'budget empty', table: { budget: '', fiscal: '' }, errors: [{ messageId: 'budget', cell: 'C4' }] },
    { name: 'goals empty', table: { goals: [['', '']] }, errors: [{ messageId: 'goals', cell: 'B8' }] },
    {
      name: 'goals empty in a flat table',
      layout: 'flat',
      table: { goals: [['', '']] },
      errors: [{ messageId: 'goals' }],
    },
    { name: 'no indicator rows', table: { rows: [] }, errors: [{ messageId: 'indicators', cell: 'A9' }] },
  ],
});
