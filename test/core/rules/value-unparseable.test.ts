import { valueUnparseable } from '../../../src/core/rules/value-unparseable';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';

ruleTester.run(valueUnparseable, {
  valid: [
    { name: 'a clean table', table: {} },
    {
      name: 'numbers in every form (全角, 不少于, 以上)',
      rows: [
        ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥１０人', b],
        ['', '数量指标', '宣传次数', '宣传次数', '不少于4次', b],
        ['', '数量指标', '信息采集数量（万条）', '综治工作信息采集录入数量', '≥15万条', b],
        ['', '数量指标', '覆盖村数', '覆盖村数', '100个以上', b],
      ],
    },
    { name: 'a known qualitative form under 数量', rows: [['产出指标', '数量指标', '网格覆盖', '网格覆盖范围', '全覆盖', b]] },
    {
      name: 'qualitative values outside 数量 are not judged here (遵化 保持稳定)',
      rows: [['效益指标', '社会效益指标', '铁路事故次数', '铁路事故次数', '保持稳定', b]],
    },
  ],
  invalid: [
    {
      name: 'a procedure instead of a quantity',
      rows: [['产出指标', '数量指标', '救助人数', '救助人数', '按救助小组审批数据', b]],
      errors: [{ messageId: 'text', cell: 'E10', args: { value: '按救助小组审批数据' } }],
    },
    {
      name: 'an Excel error anywhere',
      rows: [
        ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', b],
        ['', '质量指标', '发放准确率', '发放准确率', '#DIV/0!', b],
      ],
      errors: [{ messageId: 'error', row: 1 }],
    },
  ],
});
