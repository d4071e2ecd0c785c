import {
  formFieldOf,
  goalItemOf,
  headerColumnOf,
  isTitleText,
  level1KindOf,
  level2KindOf,
  milestoneMonthOf,
  normaliseLabel,
  unitLineOf,
} from '../../../src/core/parse/labels';

describe('normaliseLabel', () => {
  it.each([
    ['一级\n指标', '一级指标'],
    ['产出\n指标 ', '产出指标'],
    ['　绩效　目标：', '绩效目标'],
    ['项目名称:', '项目名称'],
    ['资金支出计划（%）', '资金支出计划(%)'],
    ['３月底', '3月底'],
  ])('%j → %s', (input, expected) => {
    expect(normaliseLabel(input)).toBe(expected);
  });
});

describe('level1KindOf', () => {
  it.each([
    ['产出指标', 'output'],
    ['产出\n指标 ', 'output'],
    ['产出', 'output'],
    ['效益指标', 'effect'],
    ['效果指标', 'effect'],
    ['满意度指标', 'satisfaction'],
    ['成本指标', 'cost'],
    ['一、产出指标', 'output'],
    ['产出指标（50分）', 'output'],
  ])('%j → %s', (label, kind) => {
    expect(level1KindOf(label)).toBe(kind);
  });

  it.each(['', '数量指标', '社会效益指标', '产出指标说明', '其他'])('%j is not a 一级', (label) => {
    expect(level1KindOf(label)).toBeNull();
  });
});

describe('level2KindOf', () => {
  it.each([
    ['数量指标', 'quantity'],
    ['数量', 'quantity'],
    ['质量指标', 'quality'],
    ['质量', 'quality'],
    ['时效指标', 'timeliness'],
    ['时\n效', 'timeliness'],
    ['成本指标', 'cost'],
    ['成本', 'cost'],
    ['经济效益指标', 'economic'],
    ['经济效益', 'economic'],
    ['社会效益指标', 'social'],
    ['社会效益', 'social'],
    ['生态效益指标', 'ecological'],
    ['生态效益', 'ecological'],
    ['可持续影响指标', 'sustainable'],
    ['可持续影响', 'sustainable'],
    ['可持续性影响', 'sustainable'],
    ['服务对象满意度指标', 'satisfaction'],
    ['服务对象满意度', 'satisfaction'],
    ['满意度', 'satisfaction'],
    ['社会公众或服务对象满意度指标', 'satisfaction'],
    ['经济成本指标', 'economic-cost'],
    ['社会成本指标', 'social-cost'],
    ['生态环境成本指标', 'ecological-cost'],
  ])('%j → %s', (label, kind) => {
    expect(level2KindOf(label)).toBe(kind);
  });

  it.each(['', '产出指标', '效益指标', '指标', '数量质量'])('%j is not a 二级', (label) => {
    expect(level2KindOf(label)).toBeNull();
  });
});

describe('formFieldOf', () => {
  it.each([
    ['项目编码', 'code'],
    ['项目名称', 'name'],
    ['项目\n名称：', 'name'],
    ['预算规模及资金用途', 'budgetBlock'],
    ['预算数', 'budget'],
    ['预算金额', 'budget'],
    ['年度预算数', 'budget'],
    ['年度预算数（万元）', 'budget'],
    ['其中：财政资金', 'fiscal'],
    ['其中:财政拨款', 'fiscal'],
    ['财政拨款', 'fiscal'],
    ['其他资金', 'other'],
    ['资金支出计划（%）', 'spendPlan'],
    ['资金支出计划', 'spendPlan'],
    ['绩效目标', 'goals'],
    ['年度绩效目标', 'goals'],
  ])('%j → %s', (label, field) => {
    expect(formFieldOf(label)).toBe(field);
  });

  it.each(['大要案查处工作经费', '3月底', '一级指标', '单位：万元', '群众满意度'])('%j is not a form label', (label) => {
    expect(formFieldOf(label)).toBeNull();
  });
});

describe('headerColumnOf', () => {
  it.each([
    ['一级指标', 'level1'],
    ['一级\n指标', 'level1'],
    ['二级指标', 'level2'],
    ['三级指标', 'name'],
    ['绩效指标描述', 'description'],
    ['指标值', 'value'],
    ['指标值（包含数字及文字描述）', 'value'],
    ['指标值确定依据', 'basis'],
  ])('%j → %s', (label, column) => {
    expect(headerColumnOf(label)).toBe(column);
  });
});

describe('milestones, goal items, unit lines, titles', () => {
  it.each([
    ['3月底', 3],
    ['6月底', 6],
    ['9月底', 9],
    ['10月底', 10],
    ['12月底', 12],
    ['１２月末', 12],
    ['第一季度', 3],
  ])('milestone %j → %d', (label, month) => {
    expect(milestoneMonthOf(label)).toBe(month);
  });

  it('does not take a deadline or a number for a milestone', () => {
    expect(milestoneMonthOf('12月底前完成')).toBeNull();
    expect(milestoneMonthOf('13月底')).toBeNull();
    expect(milestoneMonthOf('3')).toBeNull();
  });

  it.each([
    ['目标1', '目标1'],
    ['目标 2', '目标2'],
    ['目标一', '目标一'],
  ])('goal item %j', (label, normalised) => {
    expect(goalItemOf(label)).toBe(normalised);
  });

  it.each([
    ['单位：万元', '万元'],
    ['单位:元', '元'],
    ['金额单位：千元', '千元'],
    ['（单位：亿元）', '亿元'],
  ])('unit line %j → %s', (text, unit) => {
    expect(unitLineOf(text)).toBe(unit);
  });

  it.each(['1.大要案查处工作经费绩效目标表', '6.严重精神障碍患者以奖代补和监护人责任险及服务经费绩效目标', '见义勇为基金 绩效目标表', '2023年项目支出绩效目标申报表'])(
    'title %j',
    (text) => {
      expect(isTitleText(text)).toBe(true);
    },
  );

  it.each(['绩效目标', '年度绩效目标', '项目名称', '1.表扬、奖励见义勇为者。'])('not a title: %j', (text) => {
    expect(isTitleText(text)).toBe(false);
  });
});
