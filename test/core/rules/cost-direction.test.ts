import { costDirection } from '../../../src/core/rules/cost-direction';
import { ruleTester } from '../../helpers/rule-tester';

const cost = (name: string, value: string): string[] => ['产出指标', '成本指标', name, name, value, '年初工作计划'];

ruleTester.run(costDirection, {
  valid: [
    { name: 'a clean table', table: {} },
    { name: '≤ and = amounts', rows: [cost('人均补助标准', '≤2400 元'), cost('项目预算控制数', '=9万元')] },
    { name: 'a rate under 成本 is cost/not-monetary\'s', rows: [cost('各项工作完成及时率', '≥95%')] },
  ],
  invalid: [
    {
      name: '遵化 见义勇为: 人均补助标准 ≥1万元',
      rows: [cost('人均补助标准', '≥1万元')],
      errors: [{ messageId: 'atLeast', cell: 'E10', args: { value: '≥1万元' } }],
    },
    { name: '遵化 保险: ≥105元', rows: [cost('人均补助标准', '≥105元')], errors: [{ messageId: 'atLeast' }] },
    { name: '> a bare amount', rows: [cost('预算控制数', '>30')], errors: [{ messageId: 'atLeast' }] },
  ],
});
