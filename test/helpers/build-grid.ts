/**
 * Builds grids laid out like real department sheets, from a table spec in the shape of the fixtures'
 * `*-raw.json` (title, dept, unit, code, name, budget, fiscal, other, usage, spend, goals, rows).
 * Used by parser, rule and Office tests to make small hand-made tables without an .xlsx file.
 * The writers are the product's (src/core/layout); this adds what only tests need.
 */
import { type RawTable } from '../../src/core/layout';

export {
  buildSheet,
  cellOf,
  writeFlatTable,
  writeFormTable,
  type BuildOptions,
  type RawTable,
} from '../../src/core/layout';

/** A small ordinary table with no errors, to start from in tests. */
export function cleanTable(overrides: Partial<RawTable> = {}): RawTable {
  return {
    title: '1.见义勇为基金绩效目标表',
    dept: '204001 某县委政法委员会本级',
    unit: '单位：万元',
    code: '13053522P009631100010',
    name: '见义勇为基金',
    budget: '6.00',
    fiscal: '6.00',
    other: '',
    usage: '用于表彰奖励见义勇为先进个人，慰问见义勇为人员。',
    spend: ['1.50', '3.00', '4.50', '6.00'],
    goals: [['', '1.表彰奖励见义勇为先进个人。\n2.弘扬社会正气。']],
    rows: [
      ['产出指标', '数量指标', '表彰人数', '表彰见义勇为先进个人人数', '≥10人', '年度工作计划'],
      ['', '质量指标', '奖励资金发放准确率', '奖励资金足额准确发放比例', '=100%', '年度工作计划'],
      ['', '时效指标', '资金发放及时性', '奖励资金发放完成时间', '12月底前', '年度工作计划'],
      ['', '成本指标', '项目总成本', '见义勇为基金支出总额', '≤6万元', '年度预算'],
      ['效益指标', '社会效益指标', '社会正气弘扬', '见义勇为社会风气', '进一步提升', '年度工作计划'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '受表彰人员及群众满意度', '≥90%', '问卷调查'],
    ],
    ...overrides,
  };
}
