import { structureLevel2Parent } from '../../../src/core/rules/structure-level2-parent';
import { ruleTester } from '../../helpers/rule-tester';

const b = '年度工作计划';

ruleTester.run(structureLevel2Parent, {
  valid: [
    {
      name: '2021 framework written as 成本指标/成本指标',
      rows: [
        ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', b],
        ['成本指标', '成本指标', '项目总成本', '基金支出总额', '≤6万元', b],
      ],
    },
    { name: 'a clean table', table: {} },
    {
      name: '2021 framework: 成本/经济成本',
      settings: { framework: '2021' },
      rows: [
        ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', b],
        ['成本指标', '经济成本指标', '项目总成本', '基金支出总额', '≤6万元', b],
      ],
    },
  ],
  invalid: [
    {
      name: '社会效益 under 产出, 数量 under 效益',
      rows: [
        ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', b],
        ['', '社会效益指标', '社会正气弘扬', '社会风气', '进一步提升', b],
        ['效益指标', '数量指标', '宣传次数', '宣传次数', '≥4次', b],
      ],
      errors: [
        { messageId: 'notAllowed', cell: 'B11', args: { level2: '社会效益指标', level1: '产出指标' } },
        { messageId: 'notAllowed', cell: 'B12' },
      ],
    },
    {
      name: '产出/成本 in a table set to the 2021 framework that also has 一级 成本',
      settings: { framework: '2021' },
      rows: [
        ['产出指标', '成本指标', '项目总成本', '基金支出总额', '≤6万元', b],
        ['成本指标', '经济成本指标', '人均成本', '人均成本', '≤300元', b],
      ],
      errors: [{ messageId: 'notAllowed', row: 0 }],
    },
  ],
});
