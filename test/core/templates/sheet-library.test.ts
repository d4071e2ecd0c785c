import { Grid } from '../../../src/core/grid';
import { builtinLibrary } from '../../../src/core/templates/library';
import { matchTemplate } from '../../../src/core/templates/match';
import { renderTemplate } from '../../../src/core/templates/render';
import { libraryFromGrid, libraryToGrid, organisationLibrary } from '../../../src/core/templates/sheet-library';
import { cellOf } from '../../helpers/build-grid';

const HEADER = ['项目类型', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

function sheet(rows: string[][], top = 0, left = 0): Grid {
  const grid = new Grid('指标模板');
  [HEADER, ...rows].forEach((row, r) =>
    row.forEach((text, c) => {
      if (text) grid.set(top + r, left + c, cellOf(text, false));
    }),
  );
  return grid;
}

const OWN_STABILITY = [
  ['维稳', '产出指标', '数量指标', '矛盾排查次数', '全年矛盾排查次数', '≥24次', '县维稳工作方案'],
  ['', '', '质量指标', '矛盾化解率', '化解的比例', '≥92%', '县维稳工作方案'],
  ['', '', '时效指标', '处置及时率', '按时限处置', '≥95%', '县维稳工作方案'],
  ['', '', '成本指标', '维稳经费', '支出总额', '≤{budget}{unit}', '年度预算'],
  ['', '效益指标', '社会效益指标', '社会稳定', '社会大局', '保持稳定', '工作计划'],
  ['', '满意度指标', '服务对象满意度指标', '群众满意度', '群众满意', '≥92%', '问卷调查'],
];

describe('libraryFromGrid', () => {
  test('a Chinese type name overrides that built-in template; blank cells continue the group above', () => {
    const own = libraryFromGrid(sheet(OWN_STABILITY, 2, 1));
    expect(own.problems).toEqual([]);
    expect(own.templates.map((t) => t.id)).toEqual(['stability']);
    const rows = own.templates[0].rows;
    expect(rows.map((r) => r.level1)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '满意度指标']);
    expect(rows[1]).toMatchObject({ level2: '质量指标', level3: '矛盾化解率', value: '≥92%' });

    const library = organisationLibrary(sheet(OWN_STABILITY));
    const rendered = renderTemplate('stability', { budget: 8 }, library);
    expect(rendered[0].level3).toBe('矛盾排查次数');
    expect(rendered.find((r) => r.level2 === '成本指标')!.value).toBe('≤8万元');
    // Other built-in types are untouched and the override keeps the built-in keywords.
    expect(renderTemplate('anti-gang', {}, library)).toEqual(renderTemplate('anti-gang'));
    expect(matchTemplate('维稳经费', '', library).type).toBe('stability');
  });

  test('a type id works as well as its Chinese name', () => {
    const rows = OWN_STABILITY.map((r, i) => (i === 0 ? ['stability', ...r.slice(1)] : r));
    expect(libraryFromGrid(sheet(rows)).templates.map((t) => t.id)).toEqual(['stability']);
  });

  test('a new name is a new custom type, recognised by its name and keywords', () => {
    const rows = OWN_STABILITY.map((r, i) => (i === 0 ? ['禁毒宣传', ...r.slice(1)] : r));
    const grid = sheet(rows);
    grid.set(0, 7, cellOf('关键词', false));
    grid.set(1, 7, cellOf('毒品、禁毒', false));
    const library = organisationLibrary(grid);
    expect(library.templates.length).toBe(builtinLibrary().templates.length + 1);
    const custom = library.templates.find((t) => t.id === '禁毒宣传')!;
    expect(custom.keywords).toEqual(['禁毒宣传', '毒品', '禁毒']);
    expect(matchTemplate('全县禁毒工作经费', '', library).type).toBe('禁毒宣传');
    expect(renderTemplate('禁毒宣传', { budget: 3 }, library)).toHaveLength(6);
  });

  test('rows that cannot be read are reported with their cell, the others kept', () => {
    const rows = [...OWN_STABILITY, ['见义勇为', '产出指标', '数量指标', '表彰人数', '表彰', '', '计划']];
    const own = libraryFromGrid(sheet(rows));
    expect(own.problems).toEqual([expect.stringMatching(/^指标模板!D8：缺少指标值/)]);
    expect(own.templates[0].rows).toHaveLength(6);
  });

  test('a sheet without the header says so', () => {
    const grid = new Grid('指标模板');
    grid.set(0, 0, cellOf('随便写点什么', false));
    const own = libraryFromGrid(grid);
    expect(own.templates).toEqual([]);
    expect(own.problems[0]).toMatch(/找不到表头行/);
  });
});

describe('libraryToGrid', () => {
  test('exports every template and reads back to the same library', () => {
    const grid = libraryToGrid();
    expect(grid.sheetName).toBe('指标模板');
    expect(HEADER.map((_, c) => grid.text(0, c))).toEqual(HEADER);
    const total = builtinLibrary().templates.reduce((n, t) => n + t.rows.length, 0);
    expect(grid.rowCount).toBe(total + 1);
    const back = libraryFromGrid(grid);
    expect(back.problems).toEqual([]);
    const strip = (l: typeof back) => l.templates.filter((t) => t.rows.length).map(({ id, name, rows, keywords }) => ({ id, name, rows, keywords }));
    const builtin = builtinLibrary().templates.filter((t) => t.rows.length).map(({ id, name, rows, keywords }) => ({ id, name, rows, keywords }));
    expect(strip(back)).toEqual(builtin);
  });
});
