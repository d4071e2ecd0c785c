import { valueDirection } from '../../../src/core/rules/value-direction';
import { ruleTester } from '../../helpers/rule-tester';

const basis = '年度工作计划';

ruleTester.run(valueDirection, {
  valid: [
    { name: 'a clean table', table: {} },
    {
      name: 'rates set in their own direction (临西 维稳, 遵化 政法网)',
      rows: [
        ['产出指标', '质量指标', '资金落实率', '司法救助资金落实比率', '≥90%', basis],
        ['', '质量指标', '系统故障率（%）', '系统故障率=系统出故障时间/总运行时间*100%', '＜2%', basis],
        ['效益指标', '社会效益指标', '事故发生率', '安全事故案件发生率', '≤10%', basis],
      ],
    },
    {
      name: 'a negative rate turned into a reduction by its description (临西 以奖代补 肇祸损失率)',
      rows: [
        ['效益指标', '经济效益指标', '肇祸损失率', '减少精神障碍患者肇事肇祸损失比率', '≥20%', basis],
        ['', '可持续影响指标', '挽回损失率', '大要案查挽回损失比率', '≥70%', basis],
        ['', '社会效益指标', '降低群众的损失率', '因减少案件发生降低群众的损失率', '≥80%', basis],
      ],
    },
    {
      name: 'exact values and counts are not judged',
      rows: [
        ['产出指标', '数量指标', '劝返人数', '上访人员进京劝返人数', '≤2人', basis],
        ['', '质量指标', '案件办成率', '案件办成率', '=100％', basis],
        ['', '时效指标', '完成及时率', '当年司法救助对象及时完成情况比率', '100%', basis],
      ],
    },
  ],
  invalid: [
    {
      name: '临西 大要案: 处置率 ≤100%',
      rows: [['产出指标', '质量指标', '处置率', '大案要案查处人数与应查处人数处置率', '≤100%', basis]],
      errors: [{ messageId: 'positiveCapped', row: 0, cell: 'E10', args: { name: '处置率', value: '≤100%' } }],
    },
    {
      name: '临西 维稳: 资金落实率 ≤90%',
      rows: [['产出指标', '质量指标', '资金落实率', '维稳资金落实比率', '≤90%', basis]],
      errors: [{ messageId: 'positiveCapped', row: 0 }],
    },
    {
      name: '临西 信访值班: 进京下降率 ≤20% (a reduction is positive)',
      rows: [['产出指标', '质量指标', '进京下降率', '进京上访人员同比去年下降百分比', '≤20%', basis]],
      errors: [{ messageId: 'positiveCapped', row: 0 }],
    },
    {
      name: '临西 精神障碍: 精神病人对社会的危险率 ≥20%',
      rows: [
        ['效益指标', '社会效益指标', '精神病人对社会的危险率', '精神病人对社会造成危险的比率', '≥20%', basis],
        ['', '社会效益指标', '安全事件发生率', '铁路安全事件发生率', '>5%', basis],
      ],
      errors: [
        { messageId: 'negativeFloored', row: 0 },
        { messageId: 'negativeFloored', row: 1 },
      ],
    },
  ],
});
