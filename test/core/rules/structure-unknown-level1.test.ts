import { structureUnknownLevel1 } from '../../../src/core/rules/structure-unknown-level1';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';
const rows2021 = [
  ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', b],
  ['', '质量指标', '发放准确率', '发放准确率', '=100%', b],
  ['', '时效指标', '发放时间', '发放完成时间', '12月底前', b],
  ['成本指标', '经济成本指标', '项目总成本', '基金支出总额', '≤6万元', b],
  ['效益指标', '社会效益指标', '社会正气弘扬', '社会风气', '进一步提升', b],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意度', '≥90%', b],
];

ruleTester.run(structureUnknownLevel1, {
  valid: [
    { name: 'classic framework', table: {} },
    { name: '效果指标 = 效益指标, labels with line breaks', rows: [['产出\n指标 ', '数量指标', '表彰人数', '表彰人数', '≥10人', b], ['效果指标', '社会效益指标', '社会正气弘扬', '社会风气', '进一步提升', b]] },
    { name: 'a table consistently in the 2021 framework is accepted under the classic setting', rows: rows2021 },
    { name: 'and under the 2021 setting', rows: rows2021, settings: { framework: '2021' } },
  ],
  invalid: [
    {
      name: 'an unknown 一级 label',
      rows: [
        ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', b],
        ['工作指标', '质量指标', '发放准确率', '发放准确率', '=100%', b],
        ['', '时效指标', '发放时间', '发放完成时间', '12月底前', b],
      ],
      errors: [{ messageId: 'unknown', cell: 'A11', args: { label: '工作指标' } }],
    },
    {
      name: '一级 成本 mixed with 产出/成本 under the classic setting',
      rows: [
        ['产出指标', '成本指标', '项目总成本', '基金支出总额', '≤6万元', b],
        ['成本指标', '经济成本指标', '人均成本', '人均成本', '≤300元', b],
      ],
      errors: [{ messageId: 'otherFramework', row: 1 }],
    },
    {
      name: 'the first indicator row without 一级',
      rows: [
        ['', '数量指标', '表彰人数', '表彰人数', '≥10人', b],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意度', '≥90%', b],
      ],
      errors: [{ messageId: 'missing', cell: 'A10' }],
    },
  ],
});
