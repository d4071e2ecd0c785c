import { structureUnknownLevel2 } from '../../../src/core/rules/structure-unknown-level2';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';

ruleTester.run(structureUnknownLevel2, {
  valid: [
    { name: 'a clean table', table: {} },
    {
      name: 'short forms and variants (数量, 时效, 可持续性影响, 满意度)',
      rows: [
        ['产出指标', '数量', '表彰人数', '表彰人数', '≥10人', b],
        ['', '时效', '发放时间', '发放完成时间', '12月底前', b],
        ['效益指标', '可持续性影响', '长效机制', '长效机制建立', '有效', b],
        ['满意度指标', '满意度', '群众满意度', '群众满意度', '≥90%', b],
      ],
    },
  ],
  invalid: [
    {
      name: 'an unknown 二级 label',
      rows: [
        ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', b],
        ['', '工作指标', '工作完成率', '工作完成率', '≥95%', b],
      ],
      errors: [{ messageId: 'unknown', cell: 'B11', args: { label: '工作指标' } }],
    },
    {
      name: 'a new 一级 group without 二级',
      rows: [
        ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', b],
        ['满意度指标', '', '群众满意度', '群众满意度', '≥90%', b],
      ],
      errors: [{ messageId: 'missing', cell: 'B11' }],
    },
  ],
});
