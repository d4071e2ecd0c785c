/** The add-in manifest: schema-valid, and what the schema cannot check. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const attr = (name: string) => [...manifest.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

test('validates against the Office add-in manifest schema', () => {
  const schema = join(ROOT, 'test/fixtures/manifest-schemas/OfficeAppManifestV1_1.xsd');
  // execFileSync throws (failing the test) when xmllint exits non-zero.
  const out = execFileSync('xmllint', ['--noout', '--schema', schema, join(ROOT, 'manifest.xml')], { encoding: 'utf8', stdio: 'pipe' });
  expect(out).toBe('');
});

test('every resid is defined once in Resources', () => {
  const defined = attr('id').filter((id) => manifest.includes(`<bt:`) && new RegExp(`<bt:(Image|Url|String) id="${id.replace(/\./g, '\\.')}"`).test(manifest));
  expect(new Set(defined).size).toBe(defined.length);
  const missing = attr('resid').filter((r) => !defined.includes(r));
  expect(missing).toEqual([]);
  expect(attr('resid').length).toBeGreaterThan(10);
});

test('ids and resids are at most 32 characters', () => {
  for (const id of [...attr('id'), ...attr('resid')]) expect(id.length).toBeLessThanOrEqual(32);
});

test('URLs are HTTPS, plain HTTP only on localhost', () => {
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<(?:AppDomain)>([^<]+)</g)].map((m) => m[1] ?? m[2]);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    const { protocol, hostname } = new URL(url);
    if (hostname !== 'localhost') expect(protocol).toBe('https:');
    else expect(['https:', 'http:']).toContain(protocol);
  }
});

test('every icon exists in assets/ with the declared size', () => {
  const images = [...manifest.matchAll(/<bt:Image id="[^"]+" DefaultValue="([^"]+)"/g), ...manifest.matchAll(/<(?:IconUrl|HighResolutionIconUrl) DefaultValue="([^"]+)"/g)].map((m) => m[1]);
  expect(images.length).toBeGreaterThanOrEqual(5);
  for (const url of images) {
    const file = join(ROOT, new URL(url).pathname);
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  }
  for (const size of [16, 32, 64, 80, 128]) expect(existsSync(join(ROOT, `assets/icon-${size}.png`))).toBe(true);
});

test('the ribbon has 一键校验 (validateSheet) and 打开助手 on the Home tab', () => {
  expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  expect(manifest).toMatch(/<FunctionName>validateSheet<\/FunctionName>/);
  expect(manifest).toMatch(/DefaultValue="一键校验"/);
  expect(manifest).toMatch(/DefaultValue="打开助手"/);
  expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
});
