import { valueCountUnit } from '../../../src/core/rules/value-count-unit';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';

ruleTester.run(valueCountUnit, {
  valid: [
    { name: 'a clean table', table: {} },
    { name: 'counts with count units (遵化)', rows: [['产出指标', '数量指标', '组织宣传活动次数（次）', '组织宣传活动次数', '≥4次', b]] },
    { name: 'a rate as a percentage', rows: [['产出指标', '数量指标', '补助覆盖率(%)', '已补助人数占应补助人群的比率', '≥95%', b]] },
    { name: 'an index ending in 数 is not a count', rows: [['效益指标', '社会效益指标', '安全感指数', '群众安全感指数', '≥90%', b]] },
  ],
  invalid: [
    {
      name: 'a headcount given as a percentage',
      rows: [['产出指标', '数量指标', '救助人数', '涉法涉诉救助人数', '≥95%', b]],
      errors: [{ messageId: 'percent', cell: 'E10', args: { name: '救助人数' } }],
    },
  ],
});
