/** Display names of the template types (SPEC 3; the ids are a public interface). */
import type { Locale } from '../../core/settings';

const TYPES: Array<[id: string, zh: string, en: string]> = [
  ['major-cases', '大要案', 'Major cases'],
  ['anti-gang', '扫黑除恶', 'Anti-gang campaign'],
  ['petition-handling', '信访与矛盾纠纷化解', 'Petitions and dispute resolution'],
  ['judicial-aid', '司法救助', 'Judicial aid'],
  ['stability', '维稳', 'Stability maintenance'],
  ['anti-cult', '反邪教', 'Anti-cult work'],
  ['comprehensive-governance', '综治与平安建设', 'Comprehensive governance'],
  ['bravery-award', '见义勇为', 'Bravery awards'],
  ['mental-health-guardian', '严重精神障碍患者监护', 'Mental-health guardianship'],
  ['railway-protection', '铁路护路', 'Railway protection'],
  ['grid-management', '网格化管理', 'Grid management'],
  ['video-surveillance', '视频监控与视联网建设', 'Video surveillance network'],
  ['operating-services', '网络、线路、电费等运行服务', 'Network, lines and power'],
  ['information-system', '信息系统建设与运维', 'Information systems'],
  ['insurance', '保险', 'Insurance'],
  ['staff-welfare', '干警体检与福利', 'Staff health checks and welfare'],
  ['legal-services', '法律服务与普法', 'Legal services'],
  ['village-assistance', '驻村帮扶与慰问', 'Village assistance'],
  ['equipment-purchase', '设备购置', 'Equipment purchase'],
  ['meeting-training', '会议与培训', 'Meetings and training'],
  ['generic', '通用项目', 'Generic project'],
];

export interface TemplateTypeName {
  type: string;
  name: string;
}

export function templateTypes(locale: Locale): TemplateTypeName[] {
  return TYPES.map(([type, zh, english]) => ({ type, name: locale === 'en' ? english : zh }));
}

/** Display name of a type id; unknown ids (an organisation's own 指标模板 sheet) keep `fallback` or the id. */
export function templateTypeName(type: string, locale: Locale, fallback?: string): string {
  const entry = TYPES.find(([id]) => id === type);
  if (!entry) return fallback ?? type;
  return locale === 'en' ? entry[2] : entry[1];
}
