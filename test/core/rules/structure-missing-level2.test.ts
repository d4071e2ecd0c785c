import { structureMissingLevel2 } from '../../../src/core/rules/structure-missing-level2';
import { cleanTable } from '../../helpers/build-grid';
import { ruleTester } from '../../helpers/rule-tester';

const rows = cleanTable().rows;

ruleTester.run(structureMissingLevel2, {
  valid: [
    { name: 'a complete table', table: {} },
    { name: 'a complete flat table', layout: 'flat', table: {} },
    {
      name: 'cost as 一级 in the 2021 framework',
      rows: [...rows.slice(0, 3), ['成本指标', '经济成本指标', '项目总成本', '支出总额', '≤6万元', '预算'], ...rows.slice(4)],
    },
  ],
  invalid: [
    {
      name: 'no 时效 and no 满意度',
      rows: [rows[0], rows[1], rows[3], rows[4]],
      errors: [
        { messageId: 'timeliness', cell: 'B9' },
        { messageId: 'satisfaction', cell: 'B9' },
      ],
    },
    {
      name: 'only output indicators',
      rows: rows.slice(0, 4),
      errors: [{ messageId: 'effect' }, { messageId: 'satisfaction' }],
    },
  ],
});
