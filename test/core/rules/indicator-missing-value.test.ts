import { indicatorMissingValue } from '../../../src/core/rules/indicator-missing-value';
import { cleanTable } from '../../helpers/build-grid';
import { ruleTester } from '../../helpers/rule-tester';

const rows = cleanTable().rows;

ruleTester.run(indicatorMissingValue, {
  valid: [
    { name: 'a clean table', table: {} },
    { name: 'qualitative values count as values', rows: [['效益指标', '社会效益指标', '社会稳定', '社会大局稳定', '保持稳定', '年度工作计划']] },
  ],
  invalid: [
    {
      name: 'a named indicator without a value',
      rows: [rows[0], ['', '质量指标', '奖励资金发放准确率', '奖励资金足额准确发放比例', '', '年度工作计划'], ...rows.slice(2)],
      errors: [{ messageId: 'missing', cell: 'E11', args: { name: '奖励资金发放准确率' } }],
    },
  ],
});
