/**
 * Requirement-set profiles of the hosts goaltable must run on. Sources (learn.microsoft.com, "Excel JavaScript
 * API requirement sets"; office-js-docs-reference excel-api-1-1-requirement-set.md): ExcelApi 1.1 "is the only
 * Excel-specific requirement set supported by Excel 2016" (volume-licensed, MSI — what government offices run);
 * Office 2019 retail/volume stops at ExcelApi 1.8; Microsoft 365 and Excel on the web have everything.
 */
export type HostProfile = 'excel-2016' | 'excel-2019' | 'microsoft-365';

interface ProfileSets {
  /** Highest ExcelApi minor version (1.x). */
  excelApi: number;
  /** Common API sets beyond ExcelApi, with their highest minor version. */
  common: Record<string, number>;
}

export const PROFILES: Record<HostProfile, ProfileSets> = {
  'excel-2016': { excelApi: 1, common: { Settings: 1, AddinCommands: 1 } },
  'excel-2019': { excelApi: 8, common: { Settings: 1, AddinCommands: 1, RibbonApi: 0 } },
  'microsoft-365': { excelApi: 20, common: { Settings: 1, AddinCommands: 1, RibbonApi: 1, SharedRuntime: 1 } },
};

/** `1.13` → 13 (all ExcelApi versions are 1.x). */
export function minorOf(version: string | undefined): number {
  if (!version) return 0;
  const [, minor] = version.split('.');
  return Number(minor ?? 0);
}

export function profileSupports(profile: HostProfile, name: string, minVersion?: string): boolean {
  const sets = PROFILES[profile];
  const have = name === 'ExcelApi' ? sets.excelApi : sets.common[name];
  if (have === undefined || have === 0) return false;
  return have >= minorOf(minVersion ?? '1.1');
}
