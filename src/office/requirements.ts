/**
 * Which Office.js features this host has. The manifest asks only for ExcelApi 1.1 (values, text, number
 * formats, fills, select — everything validation needs); the rest lights up when present:
 *
 * | feature               | set          | without it (Excel 2016 MSI has ExcelApi 1.1 only)                |
 * |-----------------------|--------------|-------------------------------------------------------------------|
 * | protection check      | ExcelApi 1.2 | a protected sheet is detected by the write failing (AccessDenied) |
 * | workbook settings     | ExcelApi 1.4 | Office.context.document.settings + saveAsync                      |
 * | conditional formats   | ExcelApi 1.6 | direct fills, originals kept in the ledger                        |
 * | RangeAreas            | ExcelApi 1.9 | one conditional format per rectangle of marked cells              |
 * | merged areas          | ExcelApi 1.13| no merge list: the parser uses the top-left-only values           |
 */
import type { RequirementChecker } from './host';

export interface Features {
  protection: boolean;
  workbookSettings: boolean;
  conditionalFormats: boolean;
  rangeAreas: boolean;
  mergedAreas: boolean;
  nullObjects: boolean;
}

export function excelApi(requirements: RequirementChecker, version: string): boolean {
  try {
    return requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export function detectFeatures(requirements: RequirementChecker): Features {
  return {
    protection: excelApi(requirements, '1.2'),
    workbookSettings: excelApi(requirements, '1.4'),
    nullObjects: excelApi(requirements, '1.4'),
    conditionalFormats: excelApi(requirements, '1.6'),
    rangeAreas: excelApi(requirements, '1.9'),
    mergedAreas: excelApi(requirements, '1.13'),
  };
}
