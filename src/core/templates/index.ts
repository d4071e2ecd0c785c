export * from './types';
export { builtinLibrary, findTemplate, mergeLibraries, genericTemplate } from './library';
export { formatBudget } from './money';
export { classifyTable, matchTable, matchTemplate, normaliseProjectName, type TemplateMatch, type TypeCandidate } from './match';
export {
  BUDGET_TO_FILL,
  groupedCells,
  renderTemplate,
  templateOf,
  templateTable,
  TemplateError,
  type TableOptions,
  type TableSpec,
} from './render';
export { LIBRARY_SHEET_NAME, libraryFromGrid, libraryToGrid, organisationLibrary, type SheetLibrary } from './sheet-library';
export { FORM_COLUMNS, formTableGrid, type FormLayout } from './layout';
