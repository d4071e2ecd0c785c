import { readFileSync } from 'fs';
import { join } from 'path';
import { builtinLibrary } from '../../../src/core/templates/library';
import { matchTemplate, normaliseProjectName } from '../../../src/core/templates/match';

interface RawJsonTable {
  name: string;
  usage?: string;
}

function fixtureTables(file: string): RawJsonTable[] {
  return JSON.parse(readFileSync(join(__dirname, '../../fixtures', file), 'utf8')) as RawJsonTable[];
}

/** Every project of the three fixtures, with the type its table is about (decided from the domain). */
const FIXTURE_TYPES: Record<string, Record<string, string>> = {
  'linxi-raw.json': {
    大要案查处工作经费: 'major-cases',
    扫黑除恶经费: 'anti-gang',
    涉法涉诉信访体制: 'petition-handling',
    司法救助: 'judicial-aid',
    维稳经费: 'stability',
    邪教人员教育打击转化: 'anti-cult',
    信访值班处置: 'petition-handling',
    综治经费: 'comprehensive-governance',
    见义勇为基金: 'bravery-award',
    精神障碍患者监护人以奖代补: 'mental-health-guardian',
    精神障碍患者监护人责任险: 'mental-health-guardian',
    铁路护路: 'railway-protection',
    网格员管理经费: 'grid-management',
    综治视联网建设: 'video-surveillance',
  },
  'zunhua-raw.json': {
    见义勇为专项资金: 'bravery-award',
    涉法涉诉信访救助资金: 'judicial-aid',
    // A service fee for the command centre's platform: its indicators are about a system (验收, 异常处理).
    社会治理综合指挥中心服务费: 'information-system',
    省级政法综合信息网运行经费: 'information-system',
    铁路护路联防治安承包经费: 'railway-protection',
    严重精神障碍患者以奖代补和监护人责任险及服务经费: 'mental-health-guardian',
    招商资金: 'generic',
    政法网运行维护经费: 'information-system',
    政法委安保维稳及社会综治专项经费: 'stability',
    政法委综治指挥中心及信息系统建设经费: 'information-system',
    政法系统干警人身意外伤害保险费: 'insurance',
    政法系统干警体检费: 'staff-welfare',
  },
  'huailai-raw.json': {
    '怀财字【2023】7号 大要案准备金': 'major-cases',
    '怀财字【2023】7号 防范专项': 'anti-cult',
    '怀财字【2023】7号 护路工作经费': 'railway-protection',
    '怀财字【2023】7号 见义勇为工作经费': 'bravery-award',
    '怀财字【2023】7号 维稳经费': 'stability',
    '怀财字【2023】7号 综合治理经费': 'comprehensive-governance',
    '怀财字【2023】7号 综治重点工作经费': 'comprehensive-governance',
  },
};

/** Project names from other departments and counties, not in the fixtures. */
const OTHER_NAMES: Array<[string, string]> = [
  ['雪亮工程建设', 'video-surveillance'],
  ['公共视频监控系统建设经费', 'video-surveillance'],
  ['政法委安保维稳经费', 'stability'],
  ['重大节日安保维稳工作经费', 'stability'],
  ['干警人身意外伤害保险费', 'insurance'],
  ['治安保险', 'insurance'],
  ['网格员管理经费', 'grid-management'],
  ['网格化服务管理工作经费', 'grid-management'],
  ['专网线路服务费', 'operating-services'],
  ['公安局电子警察电费', 'operating-services'],
  ['电子政务外网租赁费', 'operating-services'],
  ['法律顾问费', 'legal-services'],
  ['人民调解员以案定补经费', 'legal-services'],
  ['法律援助案件补贴', 'legal-services'],
  ['普法宣传经费', 'legal-services'],
  ['驻村工作组帮扶资金', 'village-assistance'],
  ['困难群众春节慰问金', 'village-assistance'],
  ['执法记录仪专用设备采购', 'equipment-purchase'],
  ['单警执法装备购置经费', 'equipment-purchase'],
  ['业务培训费', 'meeting-training'],
  ['全县政法工作会议经费', 'meeting-training'],
  ['重大刑事案件侦破经费', 'major-cases'],
  ['扫黑除恶专项斗争经费', 'anti-gang'],
  ['矛盾纠纷多元化解经费', 'petition-handling'],
  ['国家司法救助资金', 'judicial-aid'],
  ['反邪教警示教育经费', 'anti-cult'],
  ['平安建设宣传经费', 'comprehensive-governance'],
  ['见义勇为人员慰问金', 'bravery-award'],
  ['严重精神障碍患者监护补助', 'mental-health-guardian'],
  ['高铁沿线安全环境整治经费', 'railway-protection'],
  ['政法干警健康体检经费', 'staff-welfare'],
  ['综治中心信息化平台运维经费', 'information-system'],
];

describe('matchTemplate', () => {
  for (const [file, expected] of Object.entries(FIXTURE_TYPES)) {
    test(`every project of ${file} is recognised`, () => {
      const tables = fixtureTables(file);
      expect(tables.map((t) => t.name).sort()).toEqual(Object.keys(expected).sort());
      const wrong = tables
        .map((t) => ({ name: t.name, want: expected[t.name], got: matchTemplate(t.name, t.usage).type }))
        .filter((r) => r.got !== r.want);
      expect(wrong).toEqual([]);
    });
  }

  test.each(OTHER_NAMES)('%s → %s', (name, type) => {
    const match = matchTemplate(name);
    expect(match.type).toBe(type);
    expect(match.confidence).toBeGreaterThan(0.3);
  });

  test('a project of no known type gets the generic template with low confidence', () => {
    for (const name of ['办公楼修缮', '城区绿化养护', '招商资金']) {
      const match = matchTemplate(name);
      expect(match.type).toBe('generic');
      expect(match.confidence).toBeLessThanOrEqual(0.2);
    }
  });

  test('a clear name is more confident than an ambiguous one', () => {
    const clear = matchTemplate('扫黑除恶专项斗争经费');
    const mixed = matchTemplate('综治视联网建设');
    expect(clear.confidence).toBeGreaterThan(0.6);
    expect(mixed.confidence).toBeLessThan(clear.confidence);
    expect(mixed.alternatives.map((a) => a.type)).toContain('comprehensive-governance');
  });

  test('a tie lowers confidence and offers the rival as an alternative', () => {
    const match = matchTemplate('维稳及综治经费');
    expect(['stability', 'comprehensive-governance']).toContain(match.type);
    expect(match.confidence).toBeLessThan(0.5);
    const rival = match.type === 'stability' ? 'comprehensive-governance' : 'stability';
    expect(match.alternatives[0].type).toBe(rival);
  });

  test('the usage text decides when the name says little', () => {
    const byName = matchTemplate('专项工作经费');
    expect(byName.type).toBe('generic');
    const byUsage = matchTemplate('专项工作经费', '开展防范邪教宣传教育和邪教人员教育转化工作');
    expect(byUsage.type).toBe('anti-cult');
    expect(byUsage.confidence).toBeLessThan(matchTemplate('反邪教工作经费').confidence);
  });

  test('confidences are in 0..1, alternatives below the match, generic offered last', () => {
    for (const [name] of OTHER_NAMES) {
      const m = matchTemplate(name);
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      for (const a of m.alternatives) expect(a.confidence).toBeLessThanOrEqual(m.confidence);
      expect(m.alternatives[m.alternatives.length - 1].type).toBe('generic');
      expect(new Set(m.alternatives.map((a) => a.type)).has(m.type)).toBe(false);
    }
  });

  test('a custom library type is recognised by its keywords', () => {
    const library = {
      templates: [
        ...builtinLibrary().templates,
        { id: '禁毒', name: '禁毒', keywords: ['禁毒', '毒品'], rows: [] },
      ],
    };
    expect(matchTemplate('禁毒宣传经费', '', library).type).toBe('禁毒');
    expect(matchTemplate('禁毒宣传经费').type).toBe('generic');
  });
});

describe('normaliseProjectName', () => {
  test.each([
    ['怀财字【2023】7号 大要案准备金', '大要案准备金'],
    ['1.大要案查处工作经费绩效目标表', '大要案查处工作经费'],
    ['（三）综治 经费', '综治经费'],
    ['冀财预〔2015〕291号铁路护路', '铁路护路'],
  ])('%s → %s', (raw, clean) => expect(normaliseProjectName(raw)).toBe(clean));
});
