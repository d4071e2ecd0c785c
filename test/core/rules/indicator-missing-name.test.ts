import { indicatorMissingName } from '../../../src/core/rules/indicator-missing-name';
import { cleanTable } from '../../helpers/build-grid';
import { ruleTester } from '../../helpers/rule-tester';

const rows = cleanTable().rows;

ruleTester.run(indicatorMissingName, {
  valid: [{ name: 'a clean table', table: {} }],
  invalid: [
    {
      name: 'a row with only 指标值确定依据 filled',
      rows: [...rows.slice(0, 2), ['', '', '', '', '', '年度工作计划'], ...rows.slice(2)],
      errors: [{ messageId: 'missing', cell: 'C12', row: 2 }],
    },
    {
      name: 'a value and description without a name',
      rows: [rows[0], ['', '质量指标', '', '奖励资金足额准确发放比例', '=100%', '年度工作计划'], ...rows.slice(2)],
      errors: [{ messageId: 'missing', row: 1 }],
    },
  ],
});
