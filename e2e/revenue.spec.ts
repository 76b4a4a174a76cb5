import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser } from './support/browser';
import { groupThousands, queryOne } from './support/expected-figures';
import { provisionAccounts, signInPage } from './support/accounts';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let databaseUrl: string;
let shots: string;

/**
 * A class's collection over the city's subtree from January to the last month loaded, straight from
 * the revenue table with plain SQL (leaf rows only, as the page counts them), independently of the
 * server's queries.
 */
async function expectedClassActual(
  regionCode: string,
  fiscalYear: number,
  book: string,
  revClass: string,
): Promise<string> {
  const row = await queryOne<{ actual: string }>(
    databaseUrl,
    `WITH RECURSIVE tree(code) AS (
       SELECT region_code FROM regions WHERE region_code = $1
       UNION ALL SELECT r.region_code FROM regions r JOIN tree t ON r.parent_code = t.code),
     through AS (SELECT max(month) AS month FROM revenue WHERE fiscal_year = $2 AND region_code IN (SELECT code FROM tree))
     SELECT COALESCE(sum(actual_amount), 0)::numeric(18,2)::text AS actual FROM revenue r
     WHERE fiscal_year = $2 AND book::text = $3 AND left(rev_code, 3) = $4 AND month <= (SELECT month FROM through)
       AND region_code IN (SELECT code FROM tree)
       AND NOT EXISTS (SELECT 1 FROM revenue c WHERE c.fiscal_year = r.fiscal_year AND c.month = r.month
         AND c.region_code = r.region_code AND c.book = r.book AND c.rev_code LIKE r.rev_code || '_%')`,
    [regionCode, fiscalYear, book, revClass],
  );
  return row.actual;
}

const shot = async (name: string) => {
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
};

describe('revenue journey: a deputy reads the year’s revenue against budget, time and last year', () => {
  before(async () => {
    server = await startServer({ dataDir: await freshDataDir() });
    databaseUrl = await server.databaseUrl();
    browser = await openBrowser();
    page = await browser.newPage();
    // Kept after the run, to be looked at.
    shots = await mkdtemp(path.join(os.tmpdir(), 'budgetwatch-revenue-shots-'));
  });
  after(async () => {
    await browser?.close();
    await server?.interrupt();
  });

  it('opens 收入 from the menu and shows the four books with the demo city’s exact tax revenue', async () => {
    const { deputy } = await provisionAccounts(server, ['deputy']);
    await signInPage(page, server.url, deputy);
    await page.getByTestId('nav-revenue').click();
    await page.getByTestId('revenue-page').waitFor();
    await page.getByTestId('revenue-book-GPB').waitFor();
    const scope = new URL(page.url()).searchParams;
    const regionCode = scope.get('region')!;
    const fiscalYear = Number(scope.get('year'));
    for (const book of ['GPB', 'GFB', 'SCB', 'SIF']) await page.getByTestId(`revenue-book-${book}`).waitFor();
    assert.equal(await page.getByTestId('revenue-through').innerText(), `${fiscalYear}年10月`);

    // 税收收入 (101) of 一般公共预算: the tree's first row, its exact yuan on hover.
    const tax = await expectedClassActual(regionCode, fiscalYear, 'GPB', '101');
    assert.notEqual(tax, '0.00');
    const taxRow = page.locator('[data-testid="revenue-code-row"][data-code="101"]');
    assert.equal(await taxRow.getByTestId('cell-actual').getAttribute('title'), `${groupThousands(tax)} 元`);
  });

  it('draws the monthly, composition and sub-region charts', async () => {
    for (const chart of ['revenue-chart-monthly', 'revenue-chart-composition', 'revenue-chart-regions']) {
      await page.waitForSelector(`[data-testid="${chart}"][data-rendered="true"]`);
      assert.ok((await page.getByTestId(chart).locator('canvas').count()) > 0, chart);
    }
    assert.ok((await page.getByTestId('revenue-region-row').count()) > 1);
    await shot('revenue-zh');
  });

  it('opens a class to its items and shows another book', async () => {
    await page.getByTestId('revenue-code-toggle-101').click();
    await page.locator('[data-testid="revenue-code-row"][data-code="10101"]').waitFor();
    await page.getByTestId('revenue-book-GFB').click();
    await page.waitForURL((url) => url.searchParams.get('book') === 'GFB');
    await page.locator('[data-testid="revenue-code-row"][data-code="103"]').waitFor();
    const scope = new URL(page.url()).searchParams;
    const land = await expectedClassActual(scope.get('region')!, Number(scope.get('year')), 'GFB', '103');
    const row = page.locator('[data-testid="revenue-code-row"][data-code="103"]');
    await page.waitForFunction(
      (title) =>
        document
          .querySelector('[data-testid="revenue-code-row"][data-code="103"] [data-testid="cell-actual"]')
          ?.getAttribute('title') === title,
      `${groupThousands(land)} 元`,
    );
    assert.equal(await row.getByTestId('cell-actual').getAttribute('title'), `${groupThousands(land)} 元`);
  });

  it('switches to English', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByText('General public budget revenue').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.waitForSelector('[data-testid="revenue-chart-monthly"][data-rendered="true"]');
    // The charts redraw in English: let their animation end before the picture.
    await page.waitForTimeout(1500);
    await shot('revenue-en');
    await page.getByTestId('lang-switch').click();
    await page.getByText('一般公共预算收入结构').first().waitFor();
  });
});
