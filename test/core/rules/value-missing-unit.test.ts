import { valueMissingUnit } from '../../../src/core/rules/value-missing-unit';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';

ruleTester.run(valueMissingUnit, {
  valid: [
    { name: 'a clean table', table: {} },
    {
      name: '怀来: a cost without unit in a table whose unit line says 万元',
      rows: [['产出指标', '成本指标', '预算控制数', '预算控制数', '≤30', '预算测算']],
    },
    {
      name: 'a bare number whose name is neither a rate nor a count',
      rows: [['效益指标', '社会效益指标', '群众安全感指数', '群众安全感测评指数', '≥90', b]],
    },
    { name: 'satisfaction is value/satisfaction\'s', rows: [['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意度', '≥90', b]] },
  ],
  invalid: [
    {
      name: '怀来: counts without unit (≥1)',
      rows: [
        ['产出指标', '数量指标', '大要案发生件数', '大要案发生件数', '≥1', b],
        ['', '数量指标', '见义勇为次数', '帮扶见义勇为', '≥1', b],
      ],
      errors: [
        { messageId: 'count', row: 0, cell: 'E10' },
        { messageId: 'count', row: 1 },
      ],
    },
    {
      name: 'a rate without %',
      rows: [['产出指标', '质量指标', '矛盾纠纷处理成功达标率', '矛盾纠纷处理成功达标率', '≥90', b]],
      errors: [{ messageId: 'rate', args: { value: '≥90' } }],
    },
    {
      name: 'a cost without unit in a flat table (no unit line)',
      layout: 'flat',
      rows: [['产出指标', '成本指标', '预算控制数', '预算控制数', '≤30', '预算测算']],
      errors: [{ messageId: 'money' }],
    },
  ],
});
