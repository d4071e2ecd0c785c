import { indicatorDuplicateName } from '../../../src/core/rules/indicator-duplicate-name';
import { cleanTable } from '../../helpers/build-grid';
import { ruleTester } from '../../helpers/rule-tester';

const rows = cleanTable().rows;

ruleTester.run(indicatorDuplicateName, {
  valid: [
    { name: 'a clean table', table: {} },
    { name: 'an exact copy is indicator/duplicate\'s', rows: [...rows, ['', '', ...rows[5].slice(2)]] },
  ],
  invalid: [
    {
      name: 'same name, different description',
      rows: [...rows, ['', '', '群众满意度', '受表彰人员家属满意度', '≥90%', '问卷调查']],
      errors: [{ messageId: 'sameName', row: 6, args: { firstRow: 15 } }],
    },
  ],
});
