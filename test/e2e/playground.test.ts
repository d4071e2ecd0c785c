/**
 * The pane in real Chromium, over the playground's in-memory workbook: validate, marks on the cells,
 * findings that select their cell, exact restore on 清除标记, English UI, templates; no network, no errors.
 */
import { foreignRequests, gridStyles, openPlayground, screenshot, startSession, type Session, type Watched } from './browser';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

async function validate(watched: Watched, name = '校验'): Promise<void> {
  const { page } = watched;
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.locator('[data-testid=summary]').waitFor();
}

function expectClean(watched: Watched): void {
  expect(watched.errors).toEqual([]);
  expect(foreignRequests(watched, session.baseUrl)).toEqual([]);
}

const marked = (styles: Record<string, string>, before: Record<string, string>) =>
  Object.keys(styles).filter((cell) => styles[cell] !== before[cell]);

describe('playground', () => {
  it('validates in one click: marks on the cells, findings with severities, nothing from the network', async () => {
    const watched = await openPlayground(session);
    const { page } = watched;
    const before = await gridStyles(page);
    await validate(watched);
    const after = await gridStyles(page);
    const changed = marked(after, before);
    expect(changed.length).toBeGreaterThan(0);
    // Every marked cell is one the findings list points at.
    const listed = await page.locator('li[data-cell]').evaluateAll((items) => items.map((li) => li.getAttribute('data-cell')));
    for (const cell of changed) expect(listed).toContain(cell);
    const badges = await page.locator('li[data-cell]').allInnerTexts();
    expect(badges.some((text) => text.includes('错误'))).toBe(true);
    expect(badges.some((text) => text.includes('警告'))).toBe(true);
    await expect(page.locator('[data-testid=live-region]').innerText()).resolves.toMatch(/^校验完成：\d+ 个目标表/);
    await screenshot(page, 'pane-zh.png');
    expectClean(watched);
    await page.close();
  });

  it('selects the cell of a finding on click and on Enter', async () => {
    const watched = await openPlayground(session);
    const { page } = watched;
    await validate(watched);
    const items = page.locator('li[data-cell]');
    const first = items.first();
    const cell = await first.getAttribute('data-cell');
    await first.locator('button').first().click();
    await expect(page.locator(`td[data-cell="${cell}"]`).getAttribute('data-selected')).resolves.toBe('true');
    // The selected finding opens to explain why and how to fix.
    await expect(first.innerText()).resolves.toMatch(/为什么[\s\S]*如何修改/);

    const second = items.nth(1);
    const other = await second.getAttribute('data-cell');
    await second.locator('button').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`td[data-cell="${other}"]`).getAttribute('data-selected')).resolves.toBe('true');
    await expect(page.locator(`td[data-cell="${cell}"]`).getAttribute('data-selected')).resolves.toBeNull();
    expectClean(watched);
    await page.close();
  });

  it('清除标记 brings back the original formatting of every cell', async () => {
    const watched = await openPlayground(session);
    const { page } = watched;
    const before = await gridStyles(page);
    await validate(watched);
    expect(marked(await gridStyles(page), before).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: '清除标记', exact: true }).click();
    await page.locator('[data-testid=summary]').waitFor({ state: 'detached' });
    expect(await gridStyles(page)).toEqual(before);
    expectClean(watched);
    await page.close();
  });

  it('dismissing a finding takes it out of the list, the counts and the marks', async () => {
    const watched = await openPlayground(session);
    const { page } = watched;
    const before = await gridStyles(page);
    await validate(watched);
    const items = page.locator('li[data-cell]');
    const count = await items.count();
    const cells = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-cell') ?? ''));
    // A cell with a single finding, so that dismissing it leaves the cell with no reason to be marked.
    const index = cells.findIndex((cell) => cells.filter((c) => c === cell).length === 1);
    const cell = cells[index];
    expect((await gridStyles(page))[cell]).not.toBe(before[cell]);
    await items.nth(index).locator('button').first().click();
    await items.nth(index).getByRole('button', { name: /^忽略此项/ }).click();
    await expect(items.count()).resolves.toBe(count - 1);
    await expect(page.getByText(/已忽略 1 项/).count()).resolves.toBe(1);
    await page.waitForFunction(
      ([address, color]) => {
        const td = document.querySelector(`[data-testid=grid] td[data-cell="${address}"]`);
        return td !== null && getComputedStyle(td).backgroundColor === color;
      },
      [cell, before[cell]],
    );
    expect((await gridStyles(page))[cell]).toBe(before[cell]);
    expectClean(watched);
    await page.close();
  });

  it('switches to English', async () => {
    const watched = await openPlayground(session);
    const { page } = watched;
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('combobox', { name: '语言', exact: true }).selectOption('en');
    await page.getByRole('tab', { name: 'Check' }).click();
    await validate(watched, 'Validate');
    const texts = await page.locator('li[data-cell]').allInnerTexts();
    expect(texts.some((text) => /^Error/.test(text.trim()))).toBe(true);
    // Rule messages follow the language too: no Chinese sentence around the quoted indicator names.
    await expect(page.getByRole('button', { name: 'Clear marks', exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('[data-testid=live-region]').innerText()).resolves.toMatch(/^Validation finished: \d+ tables/);
    expectClean(watched);
    await page.close();
  });

  it('opens in English when Office’s display language is English', async () => {
    const watched = await openPlayground(session, '?lang=en-US');
    await validate(watched, 'Validate');
    await watched.page.locator('li[data-cell] button').first().click();
    await expect(watched.page.locator('li[data-cell]').first().innerText()).resolves.toMatch(/Why it matters[\s\S]*How to fix/);
    await screenshot(watched.page, 'pane-en.png');
    expectClean(watched);
    await watched.page.close();
  });

  it('follows Office’s dark theme', async () => {
    const watched = await openPlayground(session, '?theme=dark');
    const background = await watched.page.locator('.fui-FluentProvider').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    expectClean(watched);
    await watched.page.close();
  });

  it('detects the template type of the selected table and offers its alternatives', async () => {
    const watched = await openPlayground(session);
    const { page } = watched;
    await page.locator('td[data-cell="E3"]').click();
    await page.getByRole('tab', { name: '模板' }).click();
    const type = page.getByRole('combobox', { name: '选择模板类型' }).first();
    await type.waitFor();
    await expect(type.inputValue()).resolves.toBe('major-cases');
    await screenshot(page, 'templates.png');
    expectClean(watched);
    await page.close();
  });

  it('inserts all template rows into the selected table, and undo restores the sheet exactly', async () => {
    const watched = await openPlayground(session);
    const { page } = watched;
    const cellTexts = () => page.locator('[data-testid=grid] td[data-cell]').evaluateAll((tds) => tds.map((td) => `${td.getAttribute('data-cell')}=${td.textContent}`));
    const before = await cellTexts();
    await page.locator('td[data-cell="E3"]').click();
    await page.getByRole('tab', { name: '模板' }).click();
    await page.getByRole('combobox', { name: '选择模板类型' }).first().waitFor();
    await page.getByRole('button', { name: '插入全部指标' }).click();
    await page.getByTestId('notice').filter({ hasText: /已插入 \d+ 行指标/ }).waitFor();
    expect(await cellTexts()).not.toEqual(before);
    await page.getByRole('button', { name: '撤销插入' }).click();
    await page.getByTestId('notice').filter({ hasText: '已撤销上次插入' }).waitFor();
    expect(await cellTexts()).toEqual(before);
    expectClean(watched);
    await page.close();
  });

  it('creates a new goal table on a new sheet', async () => {
    const watched = await openPlayground(session);
    const { page } = watched;
    await page.getByRole('tab', { name: '模板' }).click();
    await page.getByRole('spinbutton', { name: '预算数（万元）' }).fill('12.5');
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: /已新建目标表/ }).waitFor();
    await expect(page.locator('.sheet-tabs [role=tab]').count()).resolves.toBe(2);
    expectClean(watched);
    await page.close();
  });
});
