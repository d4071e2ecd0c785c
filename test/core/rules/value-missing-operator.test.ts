import { valueMissingOperator } from '../../../src/core/rules/value-missing-operator';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';

ruleTester.run(valueMissingOperator, {
  valid: [
    { name: 'a clean table', table: {} },
    { name: 'written operators (不低于, 以内)', rows: [['产出指标', '数量指标', '表彰人数', '表彰人数', '不低于10人', b], ['', '成本指标', '总成本', '总成本', '6万元以内', b]] },
    { name: 'deadlines and qualitative values need none', rows: [['产出指标', '时效指标', '项目完成时限', '项目完成时限', '12月底前', b]] },
  ],
  invalid: [
    {
      name: '临西: 100% and 1164 人 without operator',
      rows: [
        ['产出指标', '数量指标', '责任险人数', '责任险实交人数与责任险应交人数相等', '1164 人', b],
        ['', '质量指标', '完成率', '符合缴纳责任险人数比率', '100%', b],
      ],
      errors: [
        { messageId: 'implicit', row: 0, args: { value: '1164 人' } },
        { messageId: 'implicit', row: 1 },
      ],
    },
  ],
});
