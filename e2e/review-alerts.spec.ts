import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, screenshot } from './support/browser';
import { queryOne } from './support/expected-figures';
import { provisionAccounts, signInPage } from './support/accounts';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let databaseUrl: string;
let scope: { region: string; year: string };

/** Open alerts of a region's subtree whose period falls in the year, counted straight from the table. */
async function expectedOpenAlerts(region: string, year: string): Promise<{ total: number; red: number; orange: number; yellow: number }> {
  return queryOne(
    databaseUrl,
    `WITH RECURSIVE tree(code) AS (
       SELECT region_code FROM regions WHERE region_code = $1
       UNION ALL SELECT r.region_code FROM regions r JOIN tree t ON r.parent_code = t.code)
     SELECT count(*)::int AS total,
            count(*) FILTER (WHERE severity = 'red')::int AS red,
            count(*) FILTER (WHERE severity = 'orange')::int AS orange,
            count(*) FILTER (WHERE severity = 'yellow')::int AS yellow
     FROM alerts WHERE resolved_at IS NULL AND left(period, 4) = $2 AND region_code IN (SELECT code FROM tree)`,
    [region, year],
  );
}

const text = async (testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();

describe('review-alerts journey: committee staff review the planted anomalies of the demo city and export them', () => {
  before(async () => {
    server = await startServer({ dataDir: await freshDataDir(), env: { INBOX_POLL_SECONDS: '0' } });
    databaseUrl = await server.databaseUrl();
    browser = await openBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.interrupt();
  });

  it('lists the open alerts of the region and year in scope, as many as the database holds, most severe first', async () => {
    const { staff } = await provisionAccounts(server, ['staff']);
    await signInPage(page, server.url, staff);
    await page.getByTestId('overview-page').waitFor();
    await page.getByTestId('nav-alerts').click();
    await page.getByTestId('alerts-page').waitFor();
    await page.getByTestId('alerts-total').waitFor({ timeout: 30_000 });
    const url = new URL(page.url());
    scope = { region: url.searchParams.get('region')!, year: url.searchParams.get('year')! };
    assert.match(scope.region, /^\d{6}$/);

    const expected = await expectedOpenAlerts(scope.region, scope.year);
    assert.ok(expected.total > 0, 'the demo city has planted alerts in the default scope');
    assert.equal(await text('alerts-total'), `共 ${expected.total.toLocaleString('en-US')} 条`);
    for (const severity of ['red', 'orange', 'yellow'] as const) {
      assert.equal(await page.getByTestId(`count-${severity}`).locator('.count-value').innerText(), expected[severity].toLocaleString('en-US'), severity);
    }
    const rows = page.getByTestId('alert-row');
    assert.ok((await rows.count()) > 0);
    const firstSeverity = expected.red > 0 ? 'red' : expected.orange > 0 ? 'orange' : 'yellow';
    assert.equal(await rows.first().getAttribute('data-severity'), firstSeverity);
    await screenshot(page, 'alerts-list-zh');
  });

  it('opens an alert and shows its explanation, parameters and evidence', async () => {
    const row = page.getByTestId('alert-row').first();
    const id = await row.getAttribute('data-alert-id');
    const stored = await queryOne<{ explanation_zh: string; rule_version: number; evidence: Record<string, unknown> }>(
      databaseUrl,
      'SELECT explanation_zh, rule_version, evidence FROM alerts WHERE id = $1',
      [id],
    );
    await row.click();
    await page.getByTestId('alert-detail').waitFor();
    assert.equal(await text('detail-explanation'), stored.explanation_zh);
    assert.equal(await text('detail-version'), `v${stored.rule_version}`);
    await page.getByTestId('detail-evidence').waitFor();
    const evidence = await text('detail-evidence');
    assert.notEqual(evidence, '没有记录证据');
    // Lists of codes show every code; a known single value shows it as stored.
    for (const [key, value] of Object.entries(stored.evidence)) {
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        for (const item of value.slice(0, 3)) assert.ok(evidence.includes(item), `${key}: ${item}`);
      } else if (['agencyCode', 'regionCode', 'enterpriseCode', 'payee', 'lineId'].includes(key)) {
        assert.ok(evidence.includes(String(value)), `${key}: ${String(value)}`);
      }
    }
    await page.getByTestId('detail-events').waitFor();
    assert.match(await text('detail-events'), /发现/);
    await screenshot(page, 'alerts-detail-zh', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByTestId('alert-detail').waitFor({ state: 'detached' });
  });

  it('exports the list as CSV with a BOM, the auditors’ header and one line per alert', async () => {
    const expected = await expectedOpenAlerts(scope.region, scope.year);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    assert.match(download.suggestedFilename(), /^alerts-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'starts with the BOM');
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.ok(lines[0]!.startsWith('rule_code,rule_name,severity,'), lines[0]);
    assert.equal(lines.length, expected.total + 1);
  });

  it('shows the rule catalog with the parameters in force for the region', async () => {
    await page.getByTestId('tab-rules').click();
    await page.getByTestId('rule-row-EXE-LAG').waitFor();
    assert.equal((await page.getByTestId('rule-row-EXE-LAG').getByTestId('rule-source').innerText()).trim(), '默认');
    await page.getByTestId('rule-open-EXE-LAG').click();
    await page.getByTestId('threshold-editor').waitFor();
    assert.equal(await page.getByTestId('threshold-yellowPoints').inputValue(), '15');
  });
});
