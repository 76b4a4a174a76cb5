import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { provisionAccounts, signInPage } from './support/accounts';
import { openBrowser } from './support/browser';
import { groupThousands, queryOne } from './support/expected-figures';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let databaseUrl: string;

/** The development zone carries the demo's planted debt cases (DEBT-OVERLIMIT, DEBT-RATIO red …). */
const ZONE = '390171';
const CHARTS = ['debt-chart-limits', 'debt-chart-ratios', 'debt-chart-maturities', 'debt-chart-projects'];

async function shot(name: string): Promise<void> {
  const file = path.join(os.tmpdir(), `budgetwatch-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
}

describe('debt journey: a deputy reviews the city’s government debt against the warning lines', () => {
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

  it('opens 政府债务 on the demo city with each region’s balance as loaded', async () => {
    // A deputy: the section shows aggregates, open to every role.
    const { deputy } = await provisionAccounts(server, ['deputy']);
    await signInPage(page, server.url, deputy, '/debt');
    await page.getByTestId('debt-page').waitFor();
    await page.locator(`[data-testid="debt-region-row"][data-region="${ZONE}"]`).waitFor();
    assert.match(page.url(), /\/debt\?.*region=390100/);

    // The zone's special debt at its latest 2026 month, straight from the table, in 万元.
    const expected = await queryOne<{ balance: string }>(
      databaseUrl,
      `SELECT (balance / 10000)::numeric(18,2)::text AS balance FROM debt_balances
       WHERE region_code = $1 AND debt_type = 'special' AND period LIKE '2026-%' ORDER BY period DESC LIMIT 1`,
      [ZONE],
    );
    const zone = page.locator(`[data-testid="debt-region-row"][data-region="${ZONE}"]`);
    const special = (await zone.getByTestId('cell-special-balance').innerText()).trim();
    assert.equal(special.replace(/^超限额\s*/, ''), groupThousands(expected.balance));
    assert.match(special, /超限额/, 'the planted DEBT-OVERLIMIT case is flagged');
    assert.equal(
      await zone
        .getByTestId('cell-debtRatio')
        .getAttribute('class')
        .then((c) => c?.includes('red')),
      true,
      'DEBT-RATIO red',
    );
  });

  it('draws the four charts', async () => {
    for (const chart of CHARTS) await page.waitForSelector(`[data-testid="${chart}"][data-rendered="true"]`);
    assert.ok((await page.getByTestId('debt-project-row').count()) > 0);
    await shot('debt-zh');
  });

  it('switches to English', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByText('Debt ratio').first().waitFor();
    assert.match(await page.locator('.ant-page-header-heading-title').innerText(), /^Government debt of /);
    for (const chart of CHARTS) await page.waitForSelector(`[data-testid="${chart}"][data-rendered="true"]`);
    // The charts stay marked rendered while they redraw in the new language: let the animation end.
    await page.waitForTimeout(1500);
    await shot('debt-en');
    await page.getByTestId('lang-switch').click();
    await page.getByText('债务率').first().waitFor();
  });
});
