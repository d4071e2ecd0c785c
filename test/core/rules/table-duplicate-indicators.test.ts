import { tableDuplicateIndicators } from '../../../src/core/rules/table-duplicate-indicators';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(tableDuplicateIndicators, {
  valid: [
    { name: 'one table', table: {} },
    {
      name: 'two projects with different indicators',
      tables: [
        {},
        {
          title: '2.铁路护路绩效目标表',
          name: '铁路护路',
          rows: [
            ['产出指标', '数量指标', '视频监控数', '铁路护路沿线视频监控个数', '≥20 个', '年度工作计划'],
            ['', '质量指标', '安全运行率', '铁路护路安全运行天数百分比', '≥95%', '年度工作计划'],
            ['', '时效指标', '安装完成及时性', '当年铁路护路视频安装完成及时性', '≤5天', '年度工作计划'],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'two projects with identical indicators',
      tables: [{}, { title: '2.维稳经费绩效目标表', name: '维稳经费' }],
      errors: [{ messageId: 'duplicate', table: 1, args: { project: '维稳经费', otherProject: '见义勇为基金', otherRow: 1 } }],
    },
  ],
});
