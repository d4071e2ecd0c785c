import { goalNumberMismatch } from '../../../src/core/rules/goal-number-mismatch';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';

ruleTester.run(goalNumberMismatch, {
  valid: [
    { name: 'a clean table', table: {} },
    {
      name: 'the goal states the same number',
      table: { goals: [['', '1.表彰见义勇为先进个人10人。']] },
      rows: [['产出指标', '数量指标', '表彰人数', '表彰见义勇为先进个人人数', '≥10人', b]],
    },
    {
      name: 'a number about something else',
      table: { goals: [['', '1.慰问见义勇为人员家属20人。']] },
      rows: [['产出指标', '数量指标', '表彰人数', '表彰见义勇为先进个人人数', '≥10人', b]],
    },
  ],
  invalid: [
    {
      name: 'the goal says 12人, the indicator 10人',
      table: { goals: [['', '1.表彰见义勇为先进个人12人。\n2.弘扬社会正气。']] },
      rows: [['产出指标', '数量指标', '表彰人数', '表彰见义勇为先进个人人数', '≥10人', b]],
      errors: [{ messageId: 'mismatch', cell: 'E10', args: { goal: '12人', value: '≥10人' } }],
    },
  ],
});
