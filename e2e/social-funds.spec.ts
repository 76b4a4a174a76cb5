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

/** The demo city's planted case: this fund's reserve moved to the provincial pool in January (SIF-MONTHS red in 南屏县). */
const FUND = '机关事业单位基本养老保险';
const COUNTY = '390122';

/**
 * A region's fund at its latest month of the year, straight from the table with plain SQL: the
 * balance, and the months it covers (balance × months loaded / spending, over the twelve calendar
 * months ending then), rounded down to two decimals as the page shows them.
 */
async function expectedReserve(
  regionCode: string,
  fiscalYear: number,
  fundType: string,
): Promise<{ balance: string; months: string }> {
  return queryOne(
    databaseUrl,
    `WITH rows AS (SELECT *, fiscal_year * 12 + month AS idx FROM social_funds WHERE region_code = $1 AND fund_type = $3),
     latest AS (SELECT * FROM rows WHERE fiscal_year = $2 ORDER BY month DESC LIMIT 1),
     window12 AS (SELECT sum(r.expenditure) AS spent, count(*) AS n FROM rows r, latest l WHERE r.idx BETWEEN l.idx - 11 AND l.idx)
     SELECT l.balance_end::text AS balance, (floor(l.balance_end * w.n / w.spent * 100) / 100)::numeric(10,2)::text AS months
     FROM latest l, window12 w`,
    [regionCode, fiscalYear, fundType],
  );
}

const shot = async (name: string) => {
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
};

describe('social funds journey: a deputy checks each fund’s reserve against the warning lines', () => {
  before(async () => {
    server = await startServer({ dataDir: await freshDataDir() });
    databaseUrl = await server.databaseUrl();
    browser = await openBrowser();
    page = await browser.newPage();
    // Kept after the run, to be looked at.
    shots = await mkdtemp(path.join(os.tmpdir(), 'budgetwatch-social-funds-shots-'));
  });
  after(async () => {
    await browser?.close();
    await server?.interrupt();
  });

  it('opens 社保基金 from the menu and shows every fund with the warning lines', async () => {
    const { deputy } = await provisionAccounts(server, ['deputy']);
    await signInPage(page, server.url, deputy);
    await page.getByTestId('nav-social-funds').click();
    await page.getByTestId('social-funds-page').waitFor();
    await page.locator(`[data-testid="fund-card"][data-fund="${FUND}"]`).waitFor();
    const fiscalYear = Number(new URL(page.url()).searchParams.get('year'));
    assert.equal(await page.getByTestId('social-funds-through').innerText(), `${fiscalYear}年10月`);
    assert.equal(
      await page.getByTestId('social-funds-lines').innerText(),
      '可支付月数低于 9 个月黄色、低于 6 个月红色',
    );
    const funds = await page
      .getByTestId('fund-card')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-fund')));
    assert.deepEqual(funds.slice(0, 2), ['', '企业职工基本养老保险']);
    assert.ok(funds.includes(FUND));
    for (const chart of ['social-funds-chart-months', 'social-funds-chart-monthly']) {
      await page.waitForSelector(`[data-testid="${chart}"][data-rendered="true"]`);
      assert.ok((await page.getByTestId(chart).locator('canvas').count()) > 0, chart);
    }
    await page.getByTestId('fund-region-row').first().waitFor();
    await shot('social-funds-zh');
  });

  it('shows the planted county under the red line with its exact reserve', async () => {
    await page.locator(`[data-testid="fund-card"][data-fund="${FUND}"]`).click();
    await page.waitForURL((url) => url.searchParams.get('fund') === FUND);
    const fiscalYear = Number(new URL(page.url()).searchParams.get('year'));
    const expected = await expectedReserve(COUNTY, fiscalYear, FUND);
    const row = page.locator(`[data-testid="fund-region-row"][data-region-code="${COUNTY}"]`);
    await page.waitForFunction(
      ([code, title]) =>
        document
          .querySelector(`[data-testid="fund-region-row"][data-region-code="${code}"] [data-testid="cell-balance"]`)
          ?.getAttribute('title') === title,
      [COUNTY, `${groupThousands(expected.balance)} 元`] as const,
    );
    assert.ok(Number(expected.months) < 6, `the planted case covers ${expected.months} months`);
    assert.equal((await row.getByTestId('cell-months').innerText()).trim(), expected.months);
    assert.equal(await row.locator('[data-testid="cell-months"] nz-tag').getAttribute('title'), '低于6个月');
    // The monthly chart redraws with the fund's figures: let its animation end before the picture.
    await page.waitForTimeout(1500);
    await shot('social-funds-fund-zh');
  });

  it('switches to English', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByText('Months of spending the reserve covers').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.waitForSelector('[data-testid="social-funds-chart-monthly"][data-rendered="true"]');
    // The charts redraw in English: let their animation end before the picture.
    await page.waitForTimeout(1500);
    await shot('social-funds-en');
    await page.getByTestId('lang-switch').click();
    await page.getByText('各险种累计结余可支付月数').first().waitFor();
  });
});
