import builtin from './library.json';
import { GENERIC_TYPE, type Template, type TemplateLibrary } from './types';

const BUILTIN: TemplateLibrary = { templates: (builtin as { templates: Template[] }).templates };

/** The built-in library (SPEC §3 type ids). Callers must not mutate it. */
export function builtinLibrary(): TemplateLibrary {
  return BUILTIN;
}

/** Finds a template by type id or by its Chinese name. */
export function findTemplate(library: TemplateLibrary, typeOrName: string): Template | undefined {
  const key = typeOrName.trim();
  return (
    library.templates.find((t) => t.id === key) ?? library.templates.find((t) => t.name === key)
  );
}

/**
 * The library an organisation works with: its own templates replace built-in ones of the same type (by id
 * or Chinese name) and new types are added after them.
 */
export function mergeLibraries(base: TemplateLibrary, own: TemplateLibrary): TemplateLibrary {
  const templates = base.templates.map((t) => {
    const mine = own.templates.find((o) => o.id === t.id || o.name === t.name);
    return mine ? { ...mine, id: t.id, name: t.name, keywords: mine.keywords.length ? mine.keywords : t.keywords, goal: mine.goal ?? t.goal } : t;
  });
  for (const o of own.templates) {
    if (!base.templates.some((t) => t.id === o.id || t.name === o.name)) templates.push(o);
  }
  return { templates };
}

export function genericTemplate(library: TemplateLibrary): Template {
  return findTemplate(library, GENERIC_TYPE) ?? BUILTIN.templates.find((t) => t.id === GENERIC_TYPE)!;
}
