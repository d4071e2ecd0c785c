/**
 * What src/office needs from its host, injected so that the in-memory host can stand in for Excel:
 * `Excel.run`, the requirement-set checker, and (for ExcelApi 1.1 hosts) the common document settings.
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The part of `Office.context.document.settings` (common API, Excel 2013+) goaltable uses. */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
  refreshAsync?(callback?: (result: { status: string }) => void): void;
}

export interface OfficeHost {
  run: ExcelRun;
  requirements: RequirementChecker;
  /** Needed only where ExcelApi 1.4 settings are missing (Excel 2016). */
  documentSettings?: DocumentSettingsLike;
}

/** The real host: Office.js globals, resolved when called (office.js loads after this module). */
export function officeHost(): OfficeHost {
  return {
    run: ((batch: (context: Excel.RequestContext) => Promise<unknown>) => Excel.run(batch)) as ExcelRun,
    requirements: { isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version) },
    documentSettings: Office.context.document?.settings as unknown as DocumentSettingsLike | undefined,
  };
}
