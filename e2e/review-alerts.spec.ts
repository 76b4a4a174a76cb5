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
/** The first four alerts of the list, taken through the workflow in turn. */
let reviewed: string[] = [];

/** Open alerts of a region's subtree whose period falls in the year, counted straight from the table. */
async function expectedOpenAlerts(
  region: string,
  year: string,
): Promise<{ total: number; red: number; orange: number; yellow: number }> {
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

/** The display name provisionAccounts gives the staff account: the history names it for each step. */
const STAFF_NAME = '张工作人员';

/** A date `days` after today in Beijing (the day the server checks deadlines against), as 'YYYY-MM-DD'. */
const beijingDatePlus = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
/** '2026-12-08' → '2026年12月8日', as the page prints dates in Chinese. */
const chineseDate = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** Opens the alert's row in the drawer and waits for its actions. */
async function openAlert(id: string): Promise<void> {
  await page.locator(`[data-testid="alert-row"][data-alert-id="${id}"]`).click();
  await page.getByTestId('alert-detail').waitFor();
  await page.getByTestId('alert-actions').waitFor();
}

/** 确定, then waits for the modal to be gone: until it is, Escape would go to it rather than to the drawer. */
async function submitForm(): Promise<void> {
  await page.getByTestId('workflow-submit').click();
  await page.getByTestId('workflow-dialog').waitFor({ state: 'detached' });
  await page.locator('.ant-modal-wrap').waitFor({ state: 'detached' });
}

async function closeDrawer(): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByTestId('alert-detail').waitFor({ state: 'detached' });
}

/**
 * Takes one workflow step from the drawer: the action's button, its form (filled by `fill`), 确定;
 * then waits for the form to close and the drawer to show the status the step leads to.
 */
async function takeStep(
  action: string,
  expectedStatus: string,
  fill: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await page.locator(`[data-testid="workflow-dialog"][data-action="${action}"]`).waitFor();
  await fill();
  await submitForm();
  await page.locator('[data-testid="detail-status"]', { hasText: expectedStatus }).waitFor();
}

/** The history's step for `action`: its label, who took it and what it says. */
async function historyStep(action: string): Promise<string> {
  const step = page.locator(`[data-testid="detail-event"][data-action="${action}"]`);
  assert.equal(await step.count(), 1, `one ${action} step in the history`);
  assert.equal(
    (await step.getByTestId('event-actor').innerText()).trim(),
    STAFF_NAME,
    `${action} names the staff member`,
  );
  return (await step.innerText()).replace(/\s+/g, ' ').trim();
}

const rowStatus = async (id: string) =>
  (
    await page.locator(`[data-testid="alert-row"][data-alert-id="${id}"]`).getByTestId('cell-status').innerText()
  ).trim();

describe('review-alerts journey: committee staff review the planted anomalies of the demo city, take them through the workflow and export them', () => {
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
      assert.equal(
        await page.getByTestId(`count-${severity}`).locator('.count-value').innerText(),
        expected[severity].toLocaleString('en-US'),
        severity,
      );
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

  it('takes one alert through 开始核实, 交办, 登记反馈 and 办结, each step in the history under the staff member’s name', async () => {
    // Back from the threshold drawer of the rule catalog to the list.
    await page.keyboard.press('Escape');
    await page.getByTestId('threshold-editor').waitFor({ state: 'detached' });
    await page.getByTestId('tab-alerts').click();
    await page.getByTestId('alerts-total').waitFor();
    const rows = page.getByTestId('alert-row');
    assert.ok((await rows.count()) >= 4, 'four alerts to review on the first page');
    reviewed = (await Promise.all(
      [0, 1, 2, 3].map((index) => rows.nth(index).getAttribute('data-alert-id')),
    )) as string[];
    const [id] = reviewed;
    assert.equal(await rowStatus(id!), '新发现');

    await openAlert(id!);
    assert.deepEqual(await page.getByTestId('alert-actions').locator('button').allInnerTexts(), [
      '开始核实',
      '交办',
      '认定误报',
    ]);
    await takeStep('verify', '核实中', () => page.getByTestId('workflow-comment').fill('请财政局提供支付凭证'));

    const deadline = beijingDatePlus(7);
    await page.getByTestId('action-assign').click();
    await page.locator('[data-testid="workflow-dialog"][data-action="assign"]').waitFor();
    // Without a unit and a deadline the form says what is missing and sends nothing.
    await page.getByTestId('workflow-submit').click();
    await page.getByText('请填写承办单位').waitFor();
    await page.getByText('请选择办理期限').waitFor();
    assert.equal(await page.getByTestId('workflow-deadline').getAttribute('min'), beijingDatePlus(0));
    await page.getByTestId('workflow-unit').fill('市教育局');
    await page.getByTestId('workflow-deadline').fill(deadline);
    await page.getByTestId('workflow-comment').fill('请于期限内核实整改并反馈');
    // Filled in, the form no longer complains.
    await page
      .locator('[data-testid="workflow-dialog"] .ant-form-item-explain-error')
      .first()
      .waitFor({ state: 'detached' });
    await screenshot(page, 'alerts-assign-zh', { fullPage: false });
    await submitForm();
    await page.locator('[data-testid="detail-status"]', { hasText: '已交办' }).waitFor();
    assert.equal(await text('detail-assignee'), '市教育局');
    assert.equal(await text('detail-deadline'), chineseDate(deadline));

    await takeStep('reply', '已反馈', () =>
      page.getByTestId('workflow-comment').fill('市教育局：已核实，系年底集中支付，已补充审批手续。'),
    );
    await takeStep('close', '已办结');
    assert.deepEqual(await page.getByTestId('alert-actions').locator('button').allInnerTexts(), ['重新核实']);

    assert.match(await historyStep('verify'), /开始核实.*新发现 → 核实中.*办理意见：请财政局提供支付凭证/);
    assert.match(
      await historyStep('assign'),
      new RegExp(
        `交办.*核实中 → 已交办.*承办单位：市教育局；办理期限：${chineseDate(deadline)}.*请于期限内核实整改并反馈`,
      ),
    );
    assert.match(
      await historyStep('reply'),
      /登记反馈.*已交办 → 已反馈.*单位反馈：市教育局：已核实，系年底集中支付，已补充审批手续。/,
    );
    assert.match(await historyStep('close'), /办结.*已反馈 → 已办结/);
    assert.match(await page.locator('[data-testid="detail-event"][data-kind="detected"]').first().innerText(), /系统/);
    await page.locator('[data-testid="detail-event"][data-action="close"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'alerts-workflow-zh', { fullPage: false });
    await closeDrawer();
    assert.equal(await rowStatus(id!), '已办结');

    const stored = await queryOne<{
      status: string;
      assignee_unit: string;
      deadline: string;
      steps: { from: string; to: string; actor: string; comment: string }[];
    }>(
      databaseUrl,
      `SELECT a.status::text AS status, a.assignee_unit, a.deadline::text AS deadline,
              (SELECT json_agg(json_build_object('from', e.from_status, 'to', e.to_status, 'actor', u.display_name, 'comment', e.comment) ORDER BY e.id)
                 FROM alert_events e JOIN users u ON u.id = e.actor_id WHERE e.alert_id = a.id AND e.kind = 'status') AS steps
       FROM alerts a WHERE a.id = $1`,
      [id],
    );
    assert.equal(stored.status, 'closed');
    assert.equal(stored.assignee_unit, '市教育局');
    assert.equal(stored.deadline, deadline);
    assert.deepEqual(
      stored.steps.map((step) => `${step.from}→${step.to} ${step.actor}`),
      ['new→verifying', 'verifying→assigned', 'assigned→replied', 'replied→closed'].map(
        (step) => `${step} ${STAFF_NAME}`,
      ),
    );
    assert.equal(stored.steps[2]!.comment, '市教育局：已核实，系年底集中支付，已补充审批手续。');
  });

  it('marks another alert a false positive, with the reason it asks for', async () => {
    const id = reviewed[1]!;
    await openAlert(id);
    await page.getByTestId('action-falsePositive').click();
    await page.locator('[data-testid="workflow-dialog"][data-action="falsePositive"]').waitFor();
    await page.getByTestId('workflow-submit').click();
    await page.getByText('请填写误报理由').waitFor();
    await page.getByTestId('workflow-comment').fill('同一笔支付重复报送，财政局已更正数据');
    await submitForm();
    await page.locator('[data-testid="detail-status"]', { hasText: '误报' }).waitFor();
    assert.match(
      await historyStep('falsePositive'),
      /认定误报.*新发现 → 误报.*误报理由：同一笔支付重复报送，财政局已更正数据/,
    );
    await closeDrawer();
    assert.equal(await rowStatus(id), '误报');

    const stored = await queryOne<{ status: string; comment: string }>(
      databaseUrl,
      `SELECT a.status::text AS status, e.comment FROM alerts a JOIN alert_events e ON e.alert_id = a.id AND e.kind = 'status' WHERE a.id = $1`,
      [id],
    );
    assert.deepEqual(stored, { status: 'false_positive', comment: '同一笔支付重复报送，财政局已更正数据' });
  });

  it('starts verification of two alerts at once from the bulk bar, then clears the selection', async () => {
    const ids = reviewed.slice(2, 4);
    const row = (id: string) => page.locator(`[data-testid="alert-row"][data-alert-id="${id}"]`);
    // The closed and the false positive share only 重新核实; two new alerts share more.
    await row(reviewed[0]!).getByTestId('row-select').locator('input').check();
    await row(reviewed[2]!).getByTestId('row-select').locator('input').check();
    await page.getByTestId('bulk-none').waitFor();
    await row(reviewed[0]!).getByTestId('row-select').locator('input').uncheck();
    await row(reviewed[3]!).getByTestId('row-select').locator('input').check();
    assert.equal(await text('bulk-count'), '已选 2 条预警');
    assert.deepEqual(await page.getByTestId('bulk-bar').locator('[data-testid^="bulk-action-"]').allInnerTexts(), [
      '开始核实',
      '交办',
      '认定误报',
    ]);
    // Ticking scrolled the table sideways; back to its start for the picture.
    await page
      .getByTestId('alerts-table')
      .locator('.ant-table-content')
      .evaluate((table) => table.scrollTo({ left: 0 }));
    await screenshot(page, 'alerts-bulk-zh', { fullPage: false });

    await page.getByTestId('bulk-action-verify').click();
    await page.locator('[data-testid="workflow-dialog"][data-action="verify"]').waitFor();
    assert.equal(await text('workflow-subject'), '已选 2 条预警');
    await page.getByTestId('workflow-comment').fill('集中核实');
    await submitForm();
    await page.getByTestId('bulk-bar').waitFor({ state: 'detached' });
    for (const id of ids) await row(id).getByTestId('cell-status').filter({ hasText: '核实中' }).waitFor();
    assert.equal(await page.locator('[data-testid="row-select"] input:checked').count(), 0);

    const stored = await queryOne<{ statuses: string[] }>(
      databaseUrl,
      `SELECT json_agg(status::text ORDER BY id) AS statuses FROM alerts WHERE id = ANY($1::bigint[])`,
      [ids],
    );
    assert.deepEqual(stored.statuses, ['verifying', 'verifying']);
  });

  it('leaves one audit line per workflow call, under the staff account', async () => {
    const audit = await queryOne<{
      lines: { username: string; target: string; action: string; to: string; ids: string[] }[];
    }>(
      databaseUrl,
      `SELECT json_agg(json_build_object('username', username, 'target', target, 'action', details->>'action', 'to', details->>'to', 'ids', details->'ids') ORDER BY id) AS lines
       FROM audit_log WHERE action = 'alert.status'`,
    );
    const [first, second, third, fourth] = reviewed;
    assert.deepEqual(
      audit.lines.map((line) => ({ ...line, ids: [...line.ids].sort() })),
      [
        { username: 'e2e.staff', target: first, action: 'verify', to: 'verifying', ids: [first] },
        { username: 'e2e.staff', target: first, action: 'assign', to: 'assigned', ids: [first] },
        { username: 'e2e.staff', target: first, action: 'reply', to: 'replied', ids: [first] },
        { username: 'e2e.staff', target: first, action: 'close', to: 'closed', ids: [first] },
        { username: 'e2e.staff', target: second, action: 'falsePositive', to: 'false_positive', ids: [second] },
        { username: 'e2e.staff', target: '2 alerts', action: 'verify', to: 'verifying', ids: [third, fourth].sort() },
      ],
    );
  });
});
