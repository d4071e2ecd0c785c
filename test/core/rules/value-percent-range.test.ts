import { valuePercentRange } from '../../../src/core/rules/value-percent-range';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';

ruleTester.run(valuePercentRange, {
  valid: [
    { name: 'a clean table', table: {} },
    { name: '=100% and 100%', rows: [['产出指标', '质量指标', '案件办成率', '案件办成率', '=100％', b], ['', '时效指标', '按时及时率', '按季度发放的比例', '100%', b]] },
    { name: 'a growth rate may exceed 100%', rows: [['效益指标', '经济效益指标', '税收增长率', '税收同比增长率', '≥120%', b]] },
    { name: 'satisfaction is value/satisfaction\'s', rows: [['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意度', '≥100%', b]] },
  ],
  invalid: [
    {
      name: '临西 见义勇为: 基金发放完成率 ≥100%',
      rows: [['效益指标', '经济效益指标', '基金发放完成率', '见义勇为基金发放完成率', '≥100%', b]],
      errors: [{ messageId: 'atLeast100', cell: 'E10', args: { name: '基金发放完成率' } }],
    },
    {
      name: '临西 责任险: 损失率 ≥100% (a reduction)',
      rows: [['效益指标', '可持续影响指标', '损失率', '减少精神障碍患者肇事肇祸损失比率', '≥100%', b]],
      errors: [{ messageId: 'atLeast100' }],
    },
    {
      name: 'above 100 and below 0',
      rows: [
        ['产出指标', '质量指标', '完成率', '完成率', '≥120%', b],
        ['', '质量指标', '合格率', '合格率', '-5%', b],
      ],
      errors: [{ messageId: 'above', row: 0 }, { messageId: 'below', row: 1 }],
    },
  ],
});
