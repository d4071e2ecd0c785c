import { hasTimeSense, isCodePlaceholder, isCountName, isKnownQualitative, labelText, polarityOf } from '../../../src/core/rules/lexicon';

describe('lexicon', () => {
  it.each([
    ['处置率', '', 'positive'],
    ['资金落实率', '', 'positive'],
    ['群众满意度', '', 'positive'],
    ['进京下降率', '进京上访人员同比去年下降百分比', 'positive'],
    ['精神病人对社会的危险率', '精神病人对社会造成危险的比率', 'negative'],
    ['系统故障率', '', 'negative'],
    ['涉法涉诉人员复访率', '', 'negative'],
    ['肇祸损失率', '减少精神障碍患者肇事肇祸损失比率', null],
    ['降低损失率', '降低邪教人员破坏活动损失率', null],
    ['监测件数', '', null],
  ])('%s (%s) is %s', (name, description, polarity) => {
    expect(polarityOf(name, description)).toBe(polarity);
  });

  it('reads counts by their name, not indexes or money', () => {
    expect(isCountName('组织宣传活动次数')).toBe(true);
    expect(isCountName('表彰人数')).toBe(true);
    expect(isCountName('综治中心规范化建设数')).toBe(true);
    expect(isCountName('群众安全感指数')).toBe(false);
    expect(isCountName('项目预算控制数')).toBe(false);
    expect(isCountName('补助覆盖率')).toBe(false);
  });

  it('finds time sense, but not in a bare 当年', () => {
    for (const text of ['及时完成率', '≤3 天', '12月底前', '按时发放', '1年', '时效性', '全年']) expect(hasTimeSense(text)).toBe(true);
    for (const text of ['当年大案要案查处任务完成率', '加强爱路护路宣传', '查出问题整改率', '≥90次']) expect(hasTimeSense(text)).toBe(false);
  });

  it('knows the usual qualitative targets', () => {
    for (const text of ['是', '达标', '全覆盖', '保持稳定', '进一步提升', '有效', '良好', '及时', '明显改善']) {
      expect(isKnownQualitative(text)).toBe(true);
    }
    for (const text of ['按司法救助小组审批数据', '工作顺利开展的情况说明', '积极向上的社会风气形成']) expect(isKnownQualitative(text)).toBe(false);
  });

  it('recognises code placeholders', () => {
    for (const text of ['————', '—', '无', '/', '暂无', '  ']) expect(isCodePlaceholder(text)).toBe(true);
    expect(isCodePlaceholder('13053522P009629100015')).toBe(false);
  });

  it('normalises labels: spaces, line breaks, full-width brackets, unit asides', () => {
    expect(labelText('补助覆盖率（%）')).toBe('补助覆盖率');
    expect(labelText(' 组织宣传活动\n次数（次）')).toBe('组织宣传活动次数');
  });
});
