import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { provisionAccounts, signInPage } from './support/accounts';
import { openBrowser } from './support/browser';
import { queryOne } from './support/expected-figures';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let databaseUrl: string;

/** Planted in the demo (server/src/demo/README.md): SOE-LEVERAGE red at 2026-Q3, SOE-DIVIDEND for 2025. */
const OVER_KEY_LINE = '91390100MAB47QD882';
const UNDERPAID = '91390102MA91J3268P';
const CHARTS = ['state-assets-chart-leverage', 'state-assets-chart-preservation', 'state-assets-chart-dividends'];

async function shot(name: string): Promise<void> {
  const file = path.join(os.tmpdir(), `budgetwatch-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
}

const row = (code: string) => page.locator(`[data-testid="state-assets-row"][data-enterprise="${code}"]`);

describe('state assets journey: a deputy checks the city’s enterprises against the leverage lines', () => {
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

  it('opens 国有资产 on the demo city with each enterprise’s leverage as loaded', async () => {
    const { deputy } = await provisionAccounts(server, ['deputy']);
    await signInPage(page, server.url, deputy, '/state-assets');
    await page.getByTestId('state-assets-page').waitFor();
    await row(OVER_KEY_LINE).waitFor();
    assert.match(page.url(), /\/state-assets\?.*region=390100/);

    const expected = await queryOne<{ leverage: string; enterprises: number }>(
      databaseUrl,
      `SELECT trunc(total_liabilities * 100 / total_assets, 2)::text || '%' AS leverage,
              (SELECT count(DISTINCT enterprise_code)::int FROM soe_financials WHERE period LIKE '2026%') AS enterprises
       FROM soe_financials WHERE enterprise_code = $1 AND period = '2026-Q3'`,
      [OVER_KEY_LINE],
    );
    const leverage = row(OVER_KEY_LINE).getByTestId('cell-leverage');
    assert.equal((await leverage.innerText()).trim(), expected.leverage);
    assert.match((await leverage.getAttribute('class')) ?? '', /\bred\b/, 'over the key-supervision line');
    assert.match(
      (await row(UNDERPAID).getByTestId('cell-unpaid').getAttribute('class')) ?? '',
      /\borange\b/,
      'SOE-DIVIDEND',
    );
    assert.equal((await page.getByTestId('state-assets-count').innerText()).trim(), `${expected.enterprises} 户`);
  });

  it('draws the leverage scatter and the two bar charts', async () => {
    for (const chart of CHARTS) await page.waitForSelector(`[data-testid="${chart}"][data-rendered="true"]`);
    await shot('state-assets-zh');
  });

  it('switches to English', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByText('Enterprise leverage against the warning lines').waitFor();
    assert.match(await page.locator('.ant-page-header-heading-title').innerText(), /^State assets of /);
    for (const chart of CHARTS) await page.waitForSelector(`[data-testid="${chart}"][data-rendered="true"]`);
    // The charts stay marked rendered while they redraw in the new language: let the animation end.
    await page.waitForTimeout(1500);
    await shot('state-assets-en');
    await page.getByTestId('lang-switch').click();
    await page.getByText('企业资产负债率与警戒线').waitFor();
  });
});
