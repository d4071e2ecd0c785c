import { valueRateUnit } from '../../../src/core/rules/value-rate-unit';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';

ruleTester.run(valueRateUnit, {
  valid: [
    { name: 'a change in percentage points is not a count', rows: [['效益指标', '社会效益指标', '群众安全感提升率', '群众安全感较上年提升', '提高2个百分点', b]] },
    { name: 'a clean table', table: {} },
    { name: 'counts with count units', rows: [['产出指标', '数量指标', '出访次数', '涉法涉诉出访完成次数', '≥95 次', b]] },
    { name: 'a rate named with (%)', rows: [['产出指标', '数量指标', '补助覆盖率(%)', '已补助人数占应补助人群的比率', '≥95%', b]] },
  ],
  invalid: [
    {
      name: '临西 涉法涉诉: 复访率 ≤2 次',
      rows: [['效益指标', '可持续影响指标', '涉法涉诉人员复访率', '涉法涉诉人员复访率', '≤2 次', b]],
      errors: [{ messageId: 'countUnit', cell: 'E10', args: { unit: '次' } }],
    },
    {
      name: 'a share described as 比率 given in people',
      rows: [['产出指标', '质量指标', '救助对象覆盖', '已救助人数占应救助人数的比率', '≥50人', b]],
      errors: [{ messageId: 'countUnit' }],
    },
  ],
});
