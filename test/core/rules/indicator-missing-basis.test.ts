import { indicatorMissingBasis } from '../../../src/core/rules/indicator-missing-basis';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(indicatorMissingBasis, {
  valid: [{ name: 'a clean table', table: {} }],
  invalid: [
    {
      name: 'no basis',
      rows: [
        ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', '年度工作计划'],
        ['', '质量指标', '发放准确率', '发放准确率', '=100%', ''],
      ],
      errors: [{ messageId: 'missing', cell: 'F11', args: { name: '发放准确率' } }],
    },
  ],
});
