/**
 * The pane makes no network request (SPEC §4 "Data stays local"): besides office.js from Microsoft's CDN
 * (taskpane.html, commands.html), nothing in src/ or in the built bundles can reach the network.
 * The browser end-to-end suite (test/e2e) records every request the pane makes while it runs; this test
 * covers the code that a run may not reach.
 *
 * One third-party exception, pinned: @microsoft/office-js-helpers ships as one prebuilt bundle that
 * includes an OAuth Authenticator (an XMLHttpRequest to a token URL, Google/Facebook/Microsoft endpoints).
 * goaltable imports only its Storage and Utilities; the test checks that src/ never uses the
 * Authenticator and that the bundles hold no URL or request beyond what that library file itself holds.
 */
import fs from 'fs';
import path from 'path';
import ts from 'typescript';
import { buildPane, DIST, paneBuildIsStale } from '../../bench/bundle';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const URL = /https?:\/\/[^\s"'`()<>\\]+/g;

/** Identifiers and documentation that appear as strings and are never fetched. */
const NEVER_FETCHED = [
  /^http:\/\/www\.w3\.org\//, // XML namespaces (svg, xhtml, xlink, MathML)
  /^https:\/\/(reactjs\.org\/docs\/error-decoder\.html|react\.dev\/errors\/)/, // React's error text
];

/** For minified bundles: a call `fetch(…)` (not a method definition `fetch(e){`), or `window.fetch`. */
const NETWORK_APIS: Array<[string, RegExp]> = [
  ['fetch()', /(^|[^.\w$])fetch\s*\([^()]*\)(?!\s*\{)|\b(window|globalThis|self)\.fetch\b/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['service worker', /navigator\s*\.\s*serviceWorker/],
  ['importScripts', /\bimportScripts\s*\(/],
];

const GLOBAL_CALLS = new Set(['fetch', 'importScripts']);
const GLOBAL_NAMES = new Set(['XMLHttpRequest', 'WebSocket', 'EventSource']);
const MEMBERS = new Set(['sendBeacon', 'serviceWorker']);
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);

/** Network APIs a TypeScript source uses, found in its syntax tree (a method named `fetch` is not one). */
function networkUses(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const uses: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && GLOBAL_CALLS.has(node.expression.text)) uses.push(`${node.expression.text}()`);
    if (ts.isIdentifier(node) && GLOBAL_NAMES.has(node.text)) uses.push(node.text);
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (MEMBERS.has(name)) uses.push(name);
      if (GLOBAL_CALLS.has(name) && ts.isIdentifier(node.expression) && GLOBAL_OBJECTS.has(node.expression.text)) uses.push(`${node.expression.text}.${name}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

function files(dir: string, test: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return files(full, test);
    return test(e.name) ? [full] : [];
  });
}

/** Source without its comments (URLs in comments are references for the reader). */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '');
}

describe('src/', () => {
  const sources = files(SRC, (n) => /\.(tsx?|html)$/.test(n)).map((f) => [f, fs.readFileSync(f, 'utf8')] as const);

  test('no network API: fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, service workers', () => {
    const uses = sources.filter(([f]) => !f.endsWith('.html')).flatMap(([f, text]) => networkUses(f, text).map((use) => `${path.relative(ROOT, f)}: ${use}`));
    expect(uses).toEqual([]);
  });

  test('no URL in code, except the office.js script in the HTML pages', () => {
    const found = sources.flatMap(([f, text]) => (code(text).match(URL) ?? []).map((url) => `${path.relative(SRC, f)} ${url}`));
    const allowed = found.filter((entry) => /\.html /.test(entry) && entry.endsWith(` ${OFFICE_JS}`));
    expect(found).toEqual(allowed);
  });

  test("office-js-helpers' Authenticator and Dialog are never used", () => {
    const users = sources.filter(([, text]) => /\b(Authenticator|DefaultEndpoints|Dialog)\b/.test(code(text)) && /office-js-helpers/.test(text)).map(([f]) => f);
    expect(users).toEqual([]);
  });
});

describe('built bundles', () => {
  const library = fs.readFileSync(require.resolve('@microsoft/office-js-helpers'), 'utf8');
  const libraryUrls = new Set(library.match(URL) ?? []);

  beforeAll(() => {
    if (paneBuildIsStale(path.join(DIST, 'taskpane.js'))) buildPane(() => undefined);
  }, 300_000);

  const bundles = () => fs.readdirSync(DIST).filter((n) => n.endsWith('.js')).map((n) => path.join(DIST, n));

  test('the pane, playground and commands bundles exist', () => {
    const names = bundles().map((f) => path.basename(f));
    expect(names).toEqual(expect.arrayContaining(['taskpane.js', 'playground.js', 'commands.js']));
  });

  test('no URL other than identifiers, documentation, and what office-js-helpers itself holds', () => {
    for (const file of bundles()) {
      const urls = new Set(fs.readFileSync(file, 'utf8').match(URL) ?? []);
      const unexpected = [...urls].filter((u) => !NEVER_FETCHED.some((p) => p.test(u)) && !libraryUrls.has(u));
      expect({ file: path.basename(file), unexpected }).toEqual({ file: path.basename(file), unexpected: [] });
    }
  });

  test('no request API beyond the one inside office-js-helpers', () => {
    const count = (text: string, pattern: RegExp) => (text.match(new RegExp(pattern.source, 'g')) ?? []).length;
    const excess = bundles().flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return NETWORK_APIS.map(([name, pattern]) => {
        const allowed = file.endsWith('taskpane.js') ? count(library, pattern) : 0;
        return { where: `${path.basename(file)} ${name}`, over: Math.max(0, count(text, pattern) - allowed) };
      }).filter((e) => e.over > 0);
    });
    expect(excess).toEqual([]);
  });

  test('the HTML pages load only office.js from outside', () => {
    for (const page of fs.readdirSync(DIST).filter((n) => n.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(DIST, page), 'utf8');
      const external = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?(https?:[^"' >]+)/g)].map((m) => m[1]);
      expect(external.filter((u) => u !== OFFICE_JS)).toEqual([]);
    }
  });
});
