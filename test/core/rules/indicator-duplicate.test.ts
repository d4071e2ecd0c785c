import { indicatorDuplicate } from '../../../src/core/rules/indicator-duplicate';
import { cleanTable } from '../../helpers/build-grid';
import { ruleTester } from '../../helpers/rule-tester';

const rows = cleanTable().rows;

ruleTester.run(indicatorDuplicate, {
  valid: [
    { name: 'a clean table', table: {} },
    {
      name: 'same name, different description (info rule indicator/duplicate-name)',
      rows: [...rows, ['', '', '群众满意度', '受表彰人员家属满意度', '≥90%', '问卷调查']],
    },
  ],
  invalid: [
    {
      name: 'a copied row',
      rows: [...rows.slice(0, 2), rows[1], ...rows.slice(2)].map((r, i) => (i === 2 ? ['', '质量指标', ...r.slice(2)] : r)),
      errors: [{ messageId: 'duplicate', row: 2, cell: 'C12', args: { name: '奖励资金发放准确率', firstRow: 11 } }],
    },
  ],
});
