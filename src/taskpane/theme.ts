/** Office light/dark theme (the Fluent theme is chosen from it in App). */

export type ThemeKind = 'light' | 'dark';

/** Dark when Office's body background is dark (relative luminance below one half). */
export function themeKindFromOffice(officeTheme: { bodyBackgroundColor?: string } | undefined | null): ThemeKind {
  const hex = officeTheme?.bodyBackgroundColor?.replace('#', '');
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}
