import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, screenshot } from './support/browser';
import { expectedBookFigures, groupThousands, queryOne } from './support/expected-figures';
import { provisionAccounts, signInPage } from './support/accounts';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let databaseUrl: string;

async function tableFigures(): Promise<{ book: string; budget: string; executed: string }[]> {
  const figures = [];
  for (const book of ['GPB', 'GFB', 'SCB', 'SIF']) {
    const row = page.getByTestId(`overview-row-${book}`);
    figures.push({
      book,
      budget: (await row.getByTestId('cell-budget').innerText()).trim(),
      executed: (await row.getByTestId('cell-executed').innerText()).trim(),
    });
  }
  return figures;
}

describe('overview journey: a committee member opens the dashboard on a fresh install', () => {
  before(async () => {
    server = await startServer({ dataDir: await freshDataDir() });
    databaseUrl = await server.databaseUrl();
    browser = await openBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.interrupt();
  });

  it('opens on the demo city and shows each book’s exact budget and execution', async () => {
    // A deputy: the overview is an aggregate page, open to every role.
    const { deputy } = await provisionAccounts(server, ['deputy']);
    await signInPage(page, server.url, deputy);
    await page.getByTestId('overview-page').waitFor();
    await page.getByTestId('overview-row-GPB').waitFor();
    const defaults = await queryOne<{ region_code: string; year: number }>(
      databaseUrl,
      `SELECT (SELECT region_code FROM budget_lines GROUP BY region_code ORDER BY length(region_code), region_code LIMIT 1) AS region_code,
              (SELECT max(fiscal_year) FROM budget_lines) AS year`,
    );
    assert.match(page.url(), new RegExp(`region=${defaults.region_code}`));
    const expected = await expectedBookFigures(databaseUrl, defaults.region_code, defaults.year);
    assert.ok(expected.every((f) => f.budget !== '0.00'), 'the demo city has a budget in every book');
    assert.deepEqual(
      await tableFigures(),
      expected.map((f) => ({ book: f.book, budget: groupThousands(f.budget), executed: groupThousands(f.executed) })),
    );
  });

  it('draws the three charts with ECharts', async () => {
    for (const chart of ['chart-book-execution', 'chart-budget-vs-executed', 'chart-sub-regions']) {
      const container = page.getByTestId(chart);
      await page.waitForSelector(`[data-testid="${chart}"][data-rendered="true"]`);
      assert.equal(await container.locator('canvas').count() > 0 || (await container.locator('svg').count()) > 0, true, chart);
    }
    await screenshot(page, 'overview-zh');
  });

  it('follows a shared link to a district and an earlier year', async () => {
    const district = await queryOne<{ region_code: string }>(
      databaseUrl,
      `SELECT region_code FROM regions WHERE parent_code = (SELECT region_code FROM budget_lines GROUP BY region_code ORDER BY length(region_code), region_code LIMIT 1)
       AND level = 'county' ORDER BY region_code LIMIT 1`,
    );
    await page.goto(`${server.url}?region=${district.region_code}&year=2025`);
    await page.getByTestId('overview-row-GPB').waitFor();
    const expected = await expectedBookFigures(databaseUrl, district.region_code, 2025);
    await page.waitForFunction(
      (budget) => document.querySelector('[data-testid="overview-row-GPB"] [data-testid="cell-budget"]')?.textContent?.trim() === budget,
      groupThousands(expected[0]!.budget),
    );
    assert.deepEqual(
      await tableFigures(),
      expected.map((f) => ({ book: f.book, budget: groupThousands(f.budget), executed: groupThousands(f.executed) })),
    );
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('year=2025'));
  });

  it('switches to English and back', async () => {
    await page.goto(server.url);
    await page.getByTestId('overview-row-GPB').waitFor();
    await page.getByTestId('lang-switch').click();
    await page.getByText('General public budget').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await screenshot(page, 'overview-en');
    await page.getByTestId('lang-switch').click();
    await page.getByText('一般公共预算').first().waitFor();
  });
});
