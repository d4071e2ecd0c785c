import { timelinessNotTime } from '../../../src/core/rules/timeliness-not-time';
import { ruleTester } from '../../helpers/rule-tester';

const t = (name: string, description: string, value: string): string[] => ['产出指标', '时效指标', name, description, value, '年度工作计划'];

ruleTester.run(timelinessNotTime, {
  valid: [
    { name: '全年 and 第一时间 speak of time', rows: [t('全年值守', '全年值班值守', '全年'), t('信息报送', '第一时间报送重大信息', '≥95%')] },
    { name: 'a deadline', table: {} },
    {
      name: 'time in the name, the description or the value',
      rows: [
        t('及时完成率', '当年大案要案查处任务及时完成率', '≥90%'),
        t('摸排处理及时性', '涉黑涉恶线索摸排时间', '≤3 天'),
        t('稳控天数', '稳控重点人员任务完成天数', '≥365 天'),
        t('时效性', '招商引资各项工作均按时间节点达到预期', '≥80%'),
        t('保障时间', '保障时间', '1年'),
        t('工资按时发放', '网格员的工资按时发放', '网格员的工资按时发放'),
        t('项目完成时限', '项目完成时限', '11月底之前完成'),
      ],
    },
  ],
  invalid: [
    {
      name: '怀来 护路: 时效指标 加强爱路护路宣传 ≥90次',
      rows: [t('加强爱路护路宣传', '加强爱路护路宣传', '≥90次')],
      errors: [{ messageId: 'noTime', cell: 'E10', args: { name: '加强爱路护路宣传' } }],
    },
    { name: '遵化 铁路护路: 查出问题整改率', rows: [t('查出问题整改率', '查出问题整改率', '≥90%')], errors: [{ messageId: 'noTime' }] },
    {
      name: 'a bare 年 in 当年 does not count',
      rows: [t('当年视频安装数量', '当年视频安装数量', '≥20个')],
      errors: [{ messageId: 'noTime' }],
    },
  ],
});
