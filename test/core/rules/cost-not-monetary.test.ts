import { costNotMonetary } from '../../../src/core/rules/cost-not-monetary';
import { ruleTester } from '../../helpers/rule-tester';

const cost = (name: string, value: string): string[] => ['产出指标', '成本指标', name, name, value, '年初工作计划'];

ruleTester.run(costNotMonetary, {
  valid: [
    { name: 'a clean table', table: {} },
    { name: 'money in any unit', rows: [cost('项目总成本', '≤60000元'), cost('人均补助标准', '≤2400 元'), cost('设备单价', '≤0.5万元/台')] },
    { name: '怀来: a bare number in the table unit', rows: [cost('预算控制数', '≤30')] },
    {
      name: '2021 framework: 社会成本 need not be money',
      rows: [['成本指标', '社会成本指标', '对群众生活影响', '施工对群众生活影响', '影响较小', '年度计划']],
    },
  ],
  invalid: [
    {
      name: '遵化 铁路护路: 成本指标 各项工作完成及时率 ≥95%',
      rows: [cost('各项工作完成及时率', '≥95%')],
      errors: [{ messageId: 'notMoney', cell: 'E10', args: { value: '≥95%' } }],
    },
    { name: '遵化 综治: 在预算范围内', rows: [cost('是否控制在预算范围内', '在预算范围内')], errors: [{ messageId: 'notMoney' }] },
    { name: '遵化 司法救助: a procedure', rows: [cost('人均补助标准', '按司法救助小组审批数据')], errors: [{ messageId: 'notMoney' }] },
    { name: '是', rows: [cost('成本控制', '是')], errors: [{ messageId: 'notMoney' }] },
  ],
});
