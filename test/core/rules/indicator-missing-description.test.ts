import { indicatorMissingDescription } from '../../../src/core/rules/indicator-missing-description';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(indicatorMissingDescription, {
  valid: [
    { name: 'a clean table', table: {} },
    { name: 'description repeating the name (遵化) is still a description', rows: [['产出指标', '时效指标', '项目完成时限', '项目完成时限', '12月底前完成', '年初工作计划']] },
  ],
  invalid: [
    {
      name: 'no description',
      rows: [['产出指标', '数量指标', '表彰人数', '', '≥10人', '年度工作计划']],
      errors: [{ messageId: 'missing', cell: 'D10', args: { name: '表彰人数' } }],
    },
  ],
});
