import { valueSatisfaction } from '../../../src/core/rules/value-satisfaction';
import { ruleTester } from '../../helpers/rule-tester';

const row = (value: string, name = '群众满意度'): string[] => ['满意度指标', '服务对象满意度指标', name, '群众对工作的整体满意度', value, '问卷调查'];

ruleTester.run(valueSatisfaction, {
  valid: [
    { name: '≥90%', rows: [row('≥90%')] },
    { name: '98% without operator is value/missing-operator\'s', rows: [row('98%')] },
    { name: '满意率 with full-width %', rows: [row('≥90％', '通用设备运行的满意率（%）')] },
    { name: 'a custom range', rows: [row('≥50%')], settings: { satisfaction: { min: 50, max: 100 } } },
  ],
  invalid: [
    { name: '临西 见义勇为: 群众满意度 ≥100%', rows: [row('≥100%')], errors: [{ messageId: 'full', cell: 'E10', args: { value: '≥100%' } }] },
    { name: '=100%', rows: [row('=100%')], errors: [{ messageId: 'full' }] },
    { name: 'below 60%', rows: [row('≥50%')], errors: [{ messageId: 'low', args: { min: 60 } }] },
    { name: 'no percent', rows: [row('≥90')], errors: [{ messageId: 'noPercent' }] },
    { name: 'a word', rows: [row('满意')], errors: [{ messageId: 'noPercent' }] },
  ],
});
