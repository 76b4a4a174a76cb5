import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, screenshot } from './support/browser';
import { groupThousands, queryOne } from './support/expected-figures';
import { provisionAccounts, signInPage } from './support/accounts';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let databaseUrl: string;
let scope: { region: string; year: number };
/** The agency drilled into and the budget line whose payments are listed. */
let agency: string;
let line: string;
/** The payment list before any filter: its total line and the first voucher of page 1. */
let unfiltered: { total: string; firstVoucher: string };

const SUBTREE = `WITH RECURSIVE tree(code) AS (
  SELECT region_code FROM regions WHERE region_code = $1
  UNION ALL SELECT r.region_code FROM regions r JOIN tree t ON r.parent_code = t.code)`;

const text = async (testId: string) => (await page.getByTestId(testId).first().innerText()).replace(/\s+/g, ' ').trim();
const param = (name: string) => new URL(page.url()).searchParams.get(name);
const count = (value: string) => Number(value.replace(/,/g, ''));

/** Waits until every chart of the level has been drawn by ECharts. */
async function chartsDrawn(testIds: readonly string[]): Promise<void> {
  for (const testId of testIds) await page.locator(`[data-testid="${testId}"][data-rendered="true"]`).waitFor({ timeout: 30_000 });
}

/** Payments of the agency's line in the year, counted and summed straight from the table. */
async function expectedPayments(minAmount?: string): Promise<{ total: number; amount: string }> {
  return queryOne(
    databaseUrl,
    `${SUBTREE}
     SELECT count(*)::int AS total, COALESCE(sum(amount), 0)::numeric(18,2)::text AS amount FROM payments
     WHERE region_code IN (SELECT code FROM tree) AND agency_code = $2 AND line_id = $3
       AND pay_date >= make_date($4, 1, 1) AND pay_date < make_date($4 + 1, 1, 1)
       AND ($5::numeric IS NULL OR amount >= $5::numeric)`,
    [scope.region, agency, line, scope.year, minAmount ?? null],
  );
}

/** The total line ("共 N 笔，合计 …") and, in its title, the exact sum in yuan. */
async function totalShown(): Promise<{ count: number; exact: string | null; text: string }> {
  const shown = await text('execution-total');
  const match = /共 ([\d,]+) 笔/.exec(shown);
  assert.ok(match, `a count in "${shown}"`);
  return { count: count(match[1]!), exact: await page.getByTestId('execution-total').getAttribute('title'), text: shown };
}

describe('monitor-execution journey: committee staff find the agencies behind time progress and drill down to their payments', () => {
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

  it('opens 执行监控 on the default scope and ranks the agencies, the furthest behind time progress first', async () => {
    const { staff } = await provisionAccounts(server, ['staff']);
    await signInPage(page, server.url, staff);
    await page.getByTestId('overview-page').waitFor();
    await page.getByTestId('nav-execution').click();
    await page.getByTestId('execution-page').waitFor();
    await page.getByTestId('execution-agency-row').first().waitFor({ timeout: 30_000 });
    scope = { region: param('region')!, year: Number(param('year')) };
    assert.match(scope.region, /^\d{6}$/);

    // The ranking from the tables: lowest execution rate first (the same time progress for all).
    const expected = await queryOne<{ agencies: number; first: string }>(
      databaseUrl,
      `${SUBTREE},
       budget AS (SELECT agency_code, sum(amount) AS amount FROM budget_lines
                  WHERE fiscal_year = $2 AND region_code IN (SELECT code FROM tree) GROUP BY 1),
       paid AS (SELECT agency_code, sum(amount) AS amount FROM payments
                WHERE pay_date >= make_date($2, 1, 1) AND pay_date < make_date($2 + 1, 1, 1)
                  AND region_code IN (SELECT code FROM tree) GROUP BY 1)
       SELECT (SELECT count(*)::int FROM (SELECT agency_code FROM budget UNION SELECT agency_code FROM paid) k) AS agencies,
              (SELECT b.agency_code FROM budget b LEFT JOIN paid p USING (agency_code) WHERE b.amount <> 0
               ORDER BY COALESCE(p.amount, 0) / b.amount, b.agency_code LIMIT 1) AS first`,
      [scope.region, scope.year],
    );
    const rows = page.getByTestId('execution-agency-row');
    assert.equal(await rows.first().getAttribute('data-agency-code'), expected.first);
    assert.equal(await rows.count(), Math.min(20, expected.agencies));
    const lags = await rows.getByTestId('cell-lag').allInnerTexts();
    const behind = lags.filter((lag) => lag !== '—').map(Number);
    assert.deepEqual(behind, [...behind].sort((a, b) => b - a), 'most points behind first');
    assert.ok(behind[0]! > 0, 'the first agency is behind time progress');
    if (expected.agencies > 20) {
      await page.getByTestId('execution-show-all').click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="execution-agency-row"]').length === n, expected.agencies);
      await page.getByTestId('execution-show-all').click();
    }
    assert.match(await text('execution-time-progress'), /^\d+\.\d%$/);
    assert.deepEqual(await page.getByTestId('execution-breadcrumb').locator('[data-testid^="execution-crumb-"]').allInnerTexts(), [
      await text('execution-crumb-region'),
    ]);
    await chartsDrawn(['execution-chart-ranking', 'execution-chart-monthly', 'execution-chart-functions']);
    await screenshot(page, 'execution-region-zh');
  });

  it('drills down to an agency: its monthly curve, functions and budget lines', async () => {
    // Of the agencies shown, the one with the most payments, so that its lines have pages of them.
    const rows = page.getByTestId('execution-agency-row');
    const payments = (await rows.getByTestId('cell-payments').allInnerTexts()).map(count);
    const busiest = payments.indexOf(Math.max(...payments));
    agency = (await rows.nth(busiest).getAttribute('data-agency-code'))!;
    const name = (await rows.nth(busiest).locator('a').innerText()).trim();
    await rows.nth(busiest).click();
    await page.getByTestId('execution-line-row').first().waitFor();
    assert.equal(param('agency'), agency);
    assert.equal(await text('execution-crumb-agency'), name);
    assert.equal(await text('execution-agency-name'), name);

    const lines = await queryOne<{ lines: number; busiest: string }>(
      databaseUrl,
      `SELECT (SELECT count(*)::int FROM budget_lines WHERE agency_code = $1 AND fiscal_year = $2 AND parent_line_id IS NULL) AS lines,
              (SELECT line_id FROM payments WHERE agency_code = $1 AND line_id IS NOT NULL
                 AND pay_date >= make_date($2, 1, 1) AND pay_date < make_date($2 + 1, 1, 1)
               GROUP BY line_id ORDER BY count(*) DESC, line_id LIMIT 1) AS busiest`,
      [agency, scope.year],
    );
    assert.equal(await page.getByTestId('execution-line-row').count(), lines.lines);
    line = lines.busiest;
    await chartsDrawn(['execution-chart-monthly', 'execution-chart-functions']);
    await screenshot(page, 'execution-agency-zh');
  });

  it('lists a line’s payments with their count and exact sum, and opens page 2', async () => {
    await page.locator(`[data-testid="execution-line-row"][data-line-id="${line}"]`).click();
    await page.getByTestId('execution-payment-row').first().waitFor();
    assert.equal(param('view'), 'payments');
    assert.equal(param('line'), line);
    const expected = await expectedPayments();
    assert.ok(expected.total > 20, `the busiest line has more than a page of payments (${expected.total})`);
    const shown = await totalShown();
    assert.equal(shown.count, expected.total);
    assert.equal(shown.exact, `精确金额 ${groupThousands(expected.amount)} 元`);
    assert.equal(await page.getByTestId('execution-payment-row').count(), 20);
    assert.equal(await text('execution-crumb-payments'), line);
    const dates = await page.getByTestId('execution-payment-row').locator('td:first-child').allInnerTexts();
    assert.match(dates[0]!, /^\d{4}年\d{1,2}月\d{1,2}日$/);
    unfiltered = { total: shown.text, firstVoucher: (await page.getByTestId('execution-payment-row').first().getAttribute('data-voucher'))! };
    await screenshot(page, 'execution-payments-zh');

    await page.locator('[data-testid="execution-payment-table"] li.ant-pagination-item', { hasText: /^2$/ }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid="execution-payment-row"]')?.getAttribute('data-voucher') !== first,
      unfiltered.firstVoucher,
    );
    assert.equal(await text('execution-total'), unfiltered.total);
  });

  it('filters by an amount range: the total follows, and the back button undoes the filter', async () => {
    const median = await queryOne<{ amount: string }>(
      databaseUrl,
      `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY amount)::text AS amount FROM payments
       WHERE agency_code = $1 AND line_id = $2 AND pay_date >= make_date($3, 1, 1) AND pay_date < make_date($3 + 1, 1, 1)`,
      [agency, line, scope.year],
    );
    const expected = await expectedPayments(median.amount);
    await page.getByTestId('execution-filter-min').fill(median.amount);
    await page.getByTestId('execution-filter-min').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('min') === median.amount);
    assert.equal(param('page'), null, 'a new filter starts on page 1');
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="execution-total"]')?.textContent?.includes(`共 ${total} 笔`),
      expected.total.toLocaleString('en-US'),
    );
    const shown = await totalShown();
    assert.notEqual(shown.text, unfiltered.total);
    assert.equal(shown.exact, `精确金额 ${groupThousands(expected.amount)} 元`);
    const amounts = (await page.getByTestId('execution-payment-row').getByTestId('cell-amount').allInnerTexts()).map(count);
    assert.ok(amounts.every((amount) => amount >= Number(median.amount)), 'every payment shown is at or above the minimum');
    await screenshot(page, 'execution-payments-filtered-zh');

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('min') === null && url.searchParams.get('page') === '2');
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="execution-total"]')?.textContent?.trim() === total,
      unfiltered.total,
    );
    assert.equal(await page.getByTestId('execution-filter-min').inputValue(), '');
  });

  it('goes back up by the breadcrumb and comes back down by the browser’s back button', async () => {
    await page.getByTestId('execution-crumb-agency').click();
    await page.getByTestId('execution-line-row').first().waitFor();
    assert.equal(param('view'), null);
    assert.equal(param('line'), null);
    assert.equal(param('page'), null);
    assert.equal(param('agency'), agency);

    await page.goBack();
    await page.getByTestId('execution-payment-row').first().waitFor();
    assert.equal(param('line'), line);
    assert.equal(param('page'), '2');

    await page.getByTestId('execution-crumb-region').click();
    await page.getByTestId('execution-agency-row').first().waitFor();
    assert.equal(param('agency'), null);
    assert.equal(param('region'), scope.region);
    assert.equal(param('year'), String(scope.year));

    // Back through the history as it was made: page 2, page 1 of the line, the agency.
    await page.goBack();
    await page.getByTestId('execution-payment-row').first().waitFor();
    assert.equal(param('agency'), agency);
    assert.equal(param('page'), '2');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('page') === null && url.searchParams.get('line') === line);
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid="execution-payment-row"]')?.getAttribute('data-voucher') === first,
      unfiltered.firstVoucher,
    );
    await page.goBack();
    await page.getByTestId('execution-line-row').first().waitFor();
    assert.equal(param('view'), null);
  });

  it('shows the payments in English with the same figures', async () => {
    await page.goto(`${server.url}execution?region=${scope.region}&year=${scope.year}&agency=${agency}&view=payments&line=${line}`);
    await page.getByTestId('execution-payment-row').first().waitFor();
    await page.getByTestId('lang-switch').click();
    const expected = await expectedPayments();
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="execution-total"]')?.textContent?.includes(`${total} payments`),
      expected.total.toLocaleString('en-US'),
    );
    assert.match(await page.getByTestId('execution-payment-row').first().locator('td:first-child').innerText(), /^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    await screenshot(page, 'execution-payments-en');
    await page.getByTestId('lang-switch').click();
  });
});
