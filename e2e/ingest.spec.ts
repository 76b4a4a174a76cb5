import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, screenshot } from './support/browser';
import { queryOne } from './support/expected-figures';
import { provisionAccounts, signInPage, signOutPage, type Account, type Role } from './support/accounts';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let databaseUrl: string;
let accounts: Record<Role, Account>;

const HEADER = 'agency_code,agency_name,region_code,parent_code,agency_type';
/** Two new agencies of the demo city and one in a district not loaded yet (a warning, not an error). */
const VALID_AGENCIES = [HEADER, '390100901,临江市数据局,390100,,行政', '390100901001,临江市数据中心,390100,390100901,事业', '390199001,临江新区管委会,390199,,行政'].join('\n');
/** Row 3 has an unknown agency type, row 4 no name. */
const BAD_AGENCIES = [HEADER, '390100903,临江市统计局,390100,,行政', '390100904,临江市审计局,390100,,xyz', '390100905,,390100,,行政'].join('\n');
/** A county system's export: its own headers, no agency type column. */
const COUNTY_EXPORT = ['单位代码,单位全称,区划', '390100906,临江市大数据发展中心,390100'].join('\n');

const cell = (testId: string) => page.getByTestId(testId).locator('.count-value').innerText();

async function chooseFeed(testId: string, feed: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(feed);
  await page.locator('.ant-select-item-option', { hasText: `· ${feed}` }).first().click();
}

async function upload(name: string, content: string): Promise<void> {
  await page.getByTestId('upload-file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByTestId('chosen-file').getByText(name).waitFor();
  await page.getByTestId('upload-start').click();
  await page.getByTestId('batch-result').waitFor({ timeout: 30_000 });
}

async function agencyCount(codes: string[]): Promise<number> {
  const row = await queryOne<{ n: number }>(databaseUrl, 'SELECT count(*)::int AS n FROM agencies WHERE agency_code = ANY($1)', [codes]);
  return row.n;
}

describe('ingest journey: committee staff load an agency file, fix a bad one and save a mapping preset', () => {
  before(async () => {
    server = await startServer({ dataDir: await freshDataDir(), env: { DEMO_PAYMENTS_PER_YEAR: '2000', INBOX_POLL_SECONDS: '0' } });
    databaseUrl = await server.databaseUrl();
    accounts = await provisionAccounts(server, ['staff']);
    browser = await openBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.interrupt();
  });

  it('opens 数据接入 and shows the twelve feeds loaded today from the demo data', async () => {
    await signInPage(page, server.url, accounts.staff);
    await page.getByTestId('nav-ingest').click();
    await page.getByTestId('ingest-page').waitFor();
    await page.getByTestId('tab-freshness').click();
    const rows = page.locator('[data-testid^="freshness-row-"]');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 12);
    for (const feed of ['regions', 'agencies', 'payments', 'social_funds']) {
      const row = page.getByTestId(`freshness-row-${feed}`);
      assert.equal(await row.getAttribute('data-staleness'), 'fresh', feed);
      assert.equal((await row.getByTestId('cell-age').innerText()).trim(), '今天', feed);
      assert.match(await row.innerText(), new RegExp(`演示数据[\\s\\S]*${feed}\\.csv`), feed);
    }
    assert.equal((await page.getByTestId('facts-never').innerText()).trim(), '0');
    await screenshot(page, 'ingest-freshness-zh');
  });

  it('uploads a valid agencies file, follows its load and shows the counts and a reference warning', async () => {
    await page.getByTestId('tab-upload').click();
    await chooseFeed('upload-feed', 'agencies');
    await upload('新增预算单位.csv', VALID_AGENCIES);
    assert.equal(await page.getByTestId('result-status').getAttribute('data-status'), 'succeeded');
    assert.equal((await page.getByTestId('result-status').innerText()).trim(), '导入成功');
    assert.equal(await cell('count-read'), '3');
    assert.equal(await cell('count-inserted'), '3');
    assert.equal(await cell('count-rejected'), '0');
    assert.match(await page.getByTestId('warnings').innerText(), /390199/);
    assert.equal(await page.getByTestId('rows-stored').innerText(), '3');
    assert.equal(await agencyCount(['390100901', '390100901001', '390199001']), 3);
    await screenshot(page, 'ingest-upload-succeeded-zh');
  });

  it('refuses a file with bad rows in strict mode, lists the errors and downloads the full report', async () => {
    await page.getByTestId('upload-again').click();
    await upload('预算单位-有误.csv', BAD_AGENCIES);
    assert.equal(await page.getByTestId('result-status').getAttribute('data-status'), 'failed');
    await page.getByTestId('strict-refused').waitFor();
    assert.equal(await cell('count-read'), '3');
    assert.equal(await cell('count-rejected'), '2');
    const errorRows = page.getByTestId('error-row');
    assert.equal(await errorRows.count(), 2);
    assert.deepEqual(
      await errorRows.evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td')).slice(0, 3).map((td) => td.textContent?.trim()))),
      [
        ['3', 'agency_type', 'xyz'],
        ['4', 'agency_name', '—'],
      ],
    );
    assert.equal(await agencyCount(['390100903']), 0, 'strict mode stores nothing of a file with a bad row');
    await screenshot(page, 'ingest-upload-refused-zh');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('errors-csv').click()]);
    assert.match(download.suggestedFilename(), /^batch-\d+-errors\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.equal(lines[0], '行号 row,列 column,值 value,原因 reason,reason');
    assert.equal(lines.length, 3);
    assert.match(lines[1]!, /^3,agency_type,xyz,/);
    assert.match(lines[2]!, /^4,agency_name,/);
  });

  it('stores the good rows and sets the bad ones aside in quarantine mode', async () => {
    await page.getByTestId('upload-again').click();
    await page.getByTestId('mode-quarantine').click();
    await upload('预算单位-隔离.csv', BAD_AGENCIES);
    assert.equal(await page.getByTestId('result-status').getAttribute('data-status'), 'succeeded');
    assert.equal(await cell('count-inserted'), '1');
    assert.equal(await cell('count-quarantined'), '2');
    assert.equal(await agencyCount(['390100903']), 1);

    await page.getByTestId('tab-quarantine').click();
    const quarantined = page.getByTestId('quarantine-row');
    await quarantined.first().waitFor();
    assert.equal(await quarantined.count(), 2);
    assert.match(await quarantined.first().innerText(), /预算单位-隔离\.csv[\s\S]*390100904[\s\S]*xyz/);
    await screenshot(page, 'ingest-quarantine-zh');
  });

  it('lists the loads in the history and opens a batch’s detail', async () => {
    await page.getByTestId('tab-history').click();
    const batches = page.locator('[data-testid^="batch-row-"]');
    await batches.first().waitFor();
    const latest = await queryOne<{ id: string }>(databaseUrl, `SELECT max(id)::text AS id FROM ingest_batches`);
    const first = page.getByTestId(`batch-row-${latest.id}`);
    await first.waitFor();
    assert.match(await first.innerText(), /预算单位-隔离\.csv[\s\S]*页面上传[\s\S]*隔离错误行[\s\S]*成功/);
    await screenshot(page, 'ingest-history-zh');
    await first.click();
    await page.getByTestId('batch-drawer').getByTestId('batch-result').waitFor();
    assert.equal(await page.getByTestId('batch-drawer').getByTestId('count-quarantined').locator('.count-value').innerText(), '2');
    await screenshot(page, 'ingest-batch-detail-zh', { fullPage: false });
    await page.keyboard.press('Escape');
    // The closed drawer slides out of view and keeps its content.
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });
  });

  it('saves a mapping preset, then loads a county export through it', async () => {
    // Presets are settings: the administrator signs in for them.
    await signOutPage(page);
    await signInPage(page, server.url, accounts.admin, 'ingest');
    await page.getByTestId('ingest-page').waitFor();
    await page.getByTestId('tab-presets').click();
    await page.getByTestId('preset-new').click();
    await page.getByTestId('preset-editor').waitFor();
    await page.getByTestId('preset-name').fill('县财政一体化导出');
    await chooseFeed('preset-feed', 'agencies');
    await page.getByTestId('preset-source-agency_code').fill('单位代码');
    await page.getByTestId('preset-source-agency_name').fill('单位全称，名称');
    await page.getByTestId('preset-source-region_code').fill('区划');
    await page.getByTestId('preset-constant-agency_type').fill('administrative');
    await screenshot(page, 'ingest-preset-editor-zh', { fullPage: false });
    await page.getByTestId('preset-save').click();
    const row = page.getByTestId('preset-row-县财政一体化导出');
    await row.waitFor();
    await page.getByTestId('preset-editor').waitFor({ state: 'detached' });
    assert.match(await row.innerText(), /预算单位[\s\S]*agencies/);
    const stored = await queryOne<{ column_map: Record<string, unknown>; constants: Record<string, unknown> }>(
      databaseUrl,
      'SELECT column_map, constants FROM mapping_presets WHERE name = $1',
      ['县财政一体化导出'],
    );
    assert.deepEqual(stored.column_map, { agency_code: '单位代码', agency_name: ['单位全称', '名称'], region_code: '区划' });
    assert.deepEqual(stored.constants, { agency_type: 'administrative' });
    await screenshot(page, 'ingest-presets-zh');

    await page.getByTestId('tab-upload').click();
    // The administrator's page is fresh: its upload form shows no earlier result, and no feed yet.
    await chooseFeed('upload-feed', 'agencies');
    await page.getByTestId('mode-strict').click();
    await page.getByTestId('upload-preset').click();
    await page.locator('.ant-select-item-option', { hasText: '县财政一体化导出' }).click();
    await upload('县级单位导出.csv', COUNTY_EXPORT);
    assert.equal(await page.getByTestId('result-status').getAttribute('data-status'), 'succeeded');
    assert.equal(await cell('count-inserted'), '1');
    const agency = await queryOne<{ agency_name: string; agency_type: string }>(
      databaseUrl,
      `SELECT agency_name, agency_type::text FROM agencies WHERE agency_code = '390100906'`,
    );
    assert.deepEqual(agency, { agency_name: '临江市大数据发展中心', agency_type: 'administrative' });
  });

  it('shows the page in English, with the agencies feed now last loaded by upload', async () => {
    await page.getByTestId('tab-freshness').click();
    const agencies = page.getByTestId('freshness-row-agencies');
    await agencies.getByText('县级单位导出.csv').waitFor();
    assert.match(await agencies.innerText(), /页面上传/);
    await page.getByTestId('lang-switch').click();
    await agencies.getByText('Budget agencies').waitFor();
    assert.match(await agencies.innerText(), /Upload/);
    await screenshot(page, 'ingest-freshness-en');
    await page.getByTestId('tab-upload').click();
    await page.getByText('Upload a data file').waitFor();
    await screenshot(page, 'ingest-upload-en');
    await page.getByTestId('lang-switch').click();
  });
});
