import { costPerUnitTotal } from '../../../src/core/rules/cost-per-unit-total';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年初工作计划';

ruleTester.run(costPerUnitTotal, {
  valid: [
    {
      name: '遵化 体检: 610人 × 300元 fits 21万元',
      table: { budget: '21.00', fiscal: '21.00', spend: ['30%', '60%', '90%', '100%'] },
      rows: [['产出指标', '数量指标', '安排体检人数', '安排体检人数', '≥610人', b], ['', '成本指标', '人均补助标准', '人均补助标准', '≤300元', b]],
    },
    {
      name: 'no matching quantity (a coverage rate)',
      rows: [['产出指标', '数量指标', '补助覆盖率(%)', '已补助人数占应补助人群的比率', '≥95%', b], ['', '成本指标', '人均补助标准', '人均补助标准', '≤1万元', b]],
    },
  ],
  invalid: [
    {
      name: '610人 × 300元 above a 7万元 budget',
      table: { budget: '7.00', fiscal: '7.00', spend: ['30%', '60%', '90%', '100%'] },
      rows: [['产出指标', '数量指标', '安排体检人数', '安排体检人数', '≥610人', b], ['', '成本指标', '人均补助标准', '人均补助标准', '≤300元', b]],
      errors: [{ messageId: 'exceeds', row: 1, args: { total: '18.3', budget: '7', unit: '万元' } }],
    },
    {
      name: 'a per-unit unit (元/户) with households',
      rows: [['产出指标', '数量指标', '帮扶户数', '帮扶贫困户数', '≥50户', b], ['', '成本指标', '帮扶标准', '每户帮扶资金', '≤2000元/户', b]],
      errors: [{ messageId: 'exceeds', row: 1, args: { total: '10' } }],
    },
  ],
});
