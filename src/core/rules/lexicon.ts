/**
 * The domain vocabulary the rules share: what makes an indicator name a rate, a count, a satisfaction
 * measure or a timeliness measure, which rates are better high and which better low.
 * Everything is matched on labels normalised by `normaliseLabel` (no spaces, no trailing unit hint).
 */
import type { Indicator } from '../model';
import { normaliseLabel, stripAsides } from '../parse/labels';

/** Rate name endings (率 covers 完成率, 满意率 …; 比例/占比/比率/百分比 the spelled-out forms). */
const RATE_END = /(率|比例|占比|比率|比重|百分比)$/;
/** A description that defines a share. */
const RATE_DESCRIPTION = /(比率|百分比|比例|占比|百分率|\*100%)/;

/** Count name endings: 人数 次数 件数 个数 户数 场次 数量 …; the bare 数 checked after the exclusions below. */
const COUNT_END = /(数量|人数|次数|件数|个数|户数|台数|套数|场次|人次|数)$/;
/** Names ending in 数 that are not counts: indexes, coefficients, money (预算数, 控制数 …). */
const NOT_COUNT = /(指数|系数|倍数|分数|基数|预算|金额|资金|经费|费用|成本|控制数|参数|函数|岁数)/;

/** Positive rates: the higher, the better (SPEC §2 value/direction). */
const POSITIVE_RATE = new RegExp(
  '(满意度|满意率|完成率|覆盖率|合格率|达标率|落实率|及时率|到位率|知晓率|处置率|办结率|结案率|使用率|利用率|' +
    '执行率|化解率|解决率|处理率|破案率|成功率|办成率|成活率|参与率|回复率|响应率|答复率|发放率|兑现率|准确率|' +
    '正确率|完好率|在线率|畅通率|运行率|开通率|受理率|稳定率|安装率|配置率|管控率|转化率|息诉率|出勤率|普及率|' +
    '参保率|缴纳率|收缴率|入库率|建成率|验收率|合规率|在家率|见警率|整改率|挽回率|救助率|覆盖面|知晓度|认可度|' +
    '提升率|提高率|增长率|理赔率|支付率|拨付率|审核率|签约率|录入率|上线率|接通率|到岗率|在岗率|报送率)$',
);

/** Negative rates: the lower, the better. */
const NEGATIVE_RATE = new RegExp(
  '(发生率|事故率|故障率|危险率|复访率|重访率|损失率|差错率|错误率|投诉率|发案率|犯罪率|失误率|误差率|' +
    '再犯率|重犯率|返贫率|流失率|死亡率|伤亡率|超支率|闲置率|空置率|违规率|违法率|退回率|缺陷率|延误率|' +
    '逾期率|上访率|漏报率|误报率|迟报率|辍学率|失败率|中断率|掉线率|丢包率|返工率|重复率|肇事率|肇祸率)$',
);

/** Words that turn a rate into a reduction (减少事故发生率 is better high). */
const REDUCTION = /(减少|降低|下降|减低|压降|降幅|减幅|挽回|遏制|压减)/;

/** A rate that can legitimately exceed 100% (growth, increase over last year). */
const GROWTH = /(增长|增幅|增速|增加率|提高率|提升率|同比|环比|超额)/;

/** Time sense for 时效 indicators (SPEC §2 timeliness/not-time). A bare 年 is not enough (当年, 年度). */
const TIME_SENSE = new RegExp(
  '(天|日|月|周|季度|小时|分钟|工作日|时间|时限|期限|时长|时段|时点|及时|按时|准时|适时|限时|实时|时效|' +
    '进度|月底|日前|之前|以前|前完成|截止|截至|年底|年末|年内|全年|每年|当期|按期|如期|逾期|限期|节点|期间|' +
    '第一时间|随时|尽快|立即|即时)',
);

const SATISFACTION = /(满意度|满意率|满意)/;

/** Per-unit amounts: 人均补助标准, 每户补贴, 单价 … (the denominator decides which quantity it multiplies). */
const PER_UNIT: ReadonlyArray<{ pattern: RegExp; counts: readonly string[] }> = [
  { pattern: /(人均|每人|每名|每位|每人次)/, counts: ['人', '人次', '名', '位'] },
  { pattern: /(户均|每户)/, counts: ['户'] },
  { pattern: /(每台|台均)/, counts: ['台'] },
  { pattern: /(每套|套均)/, counts: ['套'] },
  { pattern: /(每件|件均)/, counts: ['件'] },
  { pattern: /(每次|次均|场均|每场)/, counts: ['次', '场'] },
];

/** Placeholders written where a project code is missing. */
const CODE_PLACEHOLDER = /^[\s\-—－_/\\／＿·.。、*＊无空暂缺略]*$|^(无|暂无|待定|待编|空|略|N\/?A)$/i;

/** A label for matching: no spaces or line breaks, half-width, no bracketed aside (`补助覆盖率(%)` → `补助覆盖率`). */
export function labelText(text: string): string {
  return stripAsides(normaliseLabel(text));
}

export type Polarity = 'positive' | 'negative';

/** What an indicator measures, derived once per indicator from its name and description. */
export interface IndicatorSense {
  name: string;
  description: string;
  /** The name (or, failing that, the description) defines a share. */
  rate: boolean;
  /** Better high or better low; null when the name does not say. */
  polarity: Polarity | null;
  /** A rate that may exceed 100% (growth). */
  growth: boolean;
  count: boolean;
  satisfaction: boolean;
}

const cache = new WeakMap<Indicator, IndicatorSense>();

/** The sense of an indicator; computed once per indicator object. */
export function senseOf(indicator: Indicator): IndicatorSense {
  let sense = cache.get(indicator);
  if (!sense) {
    sense = computeSense(indicator);
    cache.set(indicator, sense);
  }
  return sense;
}

function computeSense(indicator: Indicator): IndicatorSense {
  const name = labelText(indicator.name.text);
  const description = labelText(indicator.description.text);
  const count = isCountName(name);
  const rate = !count && (RATE_END.test(name) || (!name && RATE_DESCRIPTION.test(description)) || describesShare(name, description));
  const satisfaction = SATISFACTION.test(name) || (!name && SATISFACTION.test(description));
  return {
    name,
    description,
    rate: rate || satisfaction,
    polarity: polarityOf(name, description),
    growth: GROWTH.test(name),
    count,
    satisfaction,
  };
}

/** A name that is neither a count nor a rate, described as a share (`…占…的比率`). */
function describesShare(name: string, description: string): boolean {
  return !COUNT_END.test(name) && RATE_DESCRIPTION.test(description);
}

export function isCountName(name: string): boolean {
  return COUNT_END.test(name) && !NOT_COUNT.test(name);
}

export function polarityOf(name: string, description: string): Polarity | null {
  const reduction = REDUCTION.test(name) || REDUCTION.test(description);
  // 降低损失率 ≤10%: a loss rate kept low, or a reduction set too low? Too close to call.
  if (NEGATIVE_RATE.test(name)) return reduction ? null : 'negative';
  if (POSITIVE_RATE.test(name)) return 'positive';
  return reduction && RATE_END.test(name) ? 'positive' : null;
}

/** The indicator's name, description or value speaks of time (only 时效 rows ask, so not part of the sense). */
export function speaksOfTime(indicator: Indicator): boolean {
  const { name, description } = senseOf(indicator);
  return hasTimeSense(name) || hasTimeSense(description) || hasTimeSense(indicator.value.text);
}

/** True when the text speaks of time; `当年`/`年度` alone do not count, `1年` as a value does. */
export function hasTimeSense(text: string): boolean {
  if (!text) return false;
  if (TIME_SENSE.test(text)) return true;
  return /\d\s*(个)?年/.test(text);
}

/** Count units a per-unit amount multiplies (人均 → 人); empty when the name is not a per-unit amount. */
export function perUnitCountsOf(name: string): readonly string[] {
  for (const p of PER_UNIT) if (p.pattern.test(name)) return p.counts;
  return [];
}

export function isCodePlaceholder(text: string): boolean {
  return CODE_PLACEHOLDER.test(text.trim());
}

/**
 * Qualitative values a reviewer accepts as a target (SPEC 1.5): 是/否, 达标, 全覆盖, 保持稳定, 进一步提升,
 * 有效, 良好, 及时 … A phrase outside these (a sentence, a procedure) is not a measurable target.
 */
const QUALITATIVE = new RegExp(
  '^(是|否|有|无|达标|合格|优秀|良好|优|良|好|较好|有效|显著|明显|及时|按时|准时|全覆盖|全部|完成|全部完成|' +
    '按期完成|按时完成|符合要求|符合标准|满足需求|满足要求|正常|正常运行|稳定|安全|零发生|零事故|无事故|未发生|' +
    '不发生|(保持|维持|总体|基本|相对|持续|社会)?(稳定|良好|平稳)|' +
    '(进一步|持续|逐步|明显|显著|有效|稳步|不断|大幅|有所|逐年|相应|全面|切实)?(提升|提高|改善|增强|加强|增加|降低|减少|下降|优化|好转|规范)|' +
    '(有效|明显|显著|得到)?(保障|改善|提升|缓解|遏制|落实)|(大于|高于|不低于|不少于)?(上年|去年|往年)(水平|同期)?)$',
);

export function isKnownQualitative(text: string): boolean {
  return QUALITATIVE.test(labelText(text).replace(/[。.!！]$/, ''));
}
