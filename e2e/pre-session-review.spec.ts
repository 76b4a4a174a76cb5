import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { provisionAccounts, signInPage } from './support/accounts';
import { SCREENSHOT_DIR, openBrowser, screenshot } from './support/browser';
import { groupThousands, queryOne } from './support/expected-figures';
import { freshDataDir, startServer, type ServerProcess } from './support/server-process';

let server: ServerProcess;
let browser: BrowserContext;
let page: Page;
let databaseUrl: string;
let scope: { region: string; year: number };

const CHARTS = ['review-chart-scale', 'review-chart-share', 'review-chart-functions', 'review-chart-sangong'];

/** Whether a command-line tool is installed (poppler-utils brings pdftoppm, pdfinfo and pdftotext). */
function installed(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A sum in 亿元 as the page prints it: rounded half away from zero to two decimals, with separators. */
const yiText = (amount: string) => `${groupThousands(amount)}亿元`;

async function chartsDrawn(): Promise<void> {
  for (const chart of CHARTS) {
    await page.waitForSelector(`[data-testid="${chart}"][data-rendered="true"]`);
    assert.ok((await page.getByTestId(chart).locator('svg').count()) > 0, `${chart} is drawn as SVG`);
  }
}

describe('pre-session review journey: a deputy reads the budget in brief, on a tablet and on paper', () => {
  before(async () => {
    server = await startServer({ dataDir: await freshDataDir() });
    databaseUrl = await server.databaseUrl();
    browser = await openBrowser();
    page = await browser.newPage();
    const defaults = await queryOne<{ region_code: string; year: number }>(
      databaseUrl,
      `SELECT (SELECT region_code FROM budget_lines GROUP BY region_code ORDER BY length(region_code), region_code LIMIT 1) AS region_code,
              (SELECT max(fiscal_year) FROM budget_lines) AS year`,
    );
    scope = { region: defaults.region_code, year: defaults.year };
  });
  after(async () => {
    await browser?.close();
    await server?.interrupt();
  });

  it('opens 会前审查 from the menu as a deputy and shows the four books exactly', async () => {
    const { deputy } = await provisionAccounts(server, ['deputy']);
    await signInPage(page, server.url, deputy);
    await page.getByTestId('nav-review').click();
    await page.getByTestId('review-book-GPB').waitFor();
    assert.match(page.url(), new RegExp(`/review\\?.*region=${scope.region}`));

    // The current budget of each book and of all four, summed straight from the table (subtree of the region).
    const expected = await queryOne<{ gpb: string; total: string }>(
      databaseUrl,
      `WITH RECURSIVE tree(code) AS (SELECT region_code FROM regions WHERE region_code = $1
         UNION ALL SELECT r.region_code FROM regions r JOIN tree t ON r.parent_code = t.code)
       SELECT round(sum(amount) FILTER (WHERE book = 'GPB') / 100000000, 2)::text AS gpb, round(sum(amount) / 100000000, 2)::text AS total
       FROM budget_lines WHERE fiscal_year = $2 AND region_code IN (SELECT code FROM tree)`,
      [scope.region, scope.year],
    );
    assert.ok(Number(expected.gpb) >= 1, 'the demo city’s general public budget is above 1 亿元');
    assert.equal(
      (await page.getByTestId('review-book-GPB').getByTestId('cell-budget').innerText()).trim(),
      yiText(expected.gpb),
    );
    assert.equal(
      (await page.getByTestId('review-book-total').getByTestId('cell-budget').innerText()).trim(),
      yiText(expected.total),
    );
    assert.match(
      await page.getByTestId('review-books-lead').innerText(),
      new RegExp(`四本预算支出合计${yiText(expected.total)}`),
    );
  });

  it('scores last year’s spending against its initial budget as PEFA PI-1 does', async () => {
    await page.getByTestId('review-pi1').waitFor();
    // BUD-PI1's bands (PEFA PI-1): A within 95–105 %, B 90–110 %, C 85–115 %.
    const outturn = await queryOne<{ score: string }>(
      databaseUrl,
      `WITH RECURSIVE tree(code) AS (SELECT region_code FROM regions WHERE region_code = $1
         UNION ALL SELECT r.region_code FROM regions r JOIN tree t ON r.parent_code = t.code),
       o AS (SELECT (SELECT sum(amount) FROM payments WHERE extract(year FROM pay_date) = $2 AND region_code IN (SELECT code FROM tree)) * 100
                  / (SELECT sum(amount) FROM budget_lines WHERE fiscal_year = $2 AND line_type = 'initial' AND region_code IN (SELECT code FROM tree)) AS pct)
       SELECT CASE WHEN pct BETWEEN 95 AND 105 THEN 'A' WHEN pct BETWEEN 90 AND 110 THEN 'B' WHEN pct BETWEEN 85 AND 115 THEN 'C' ELSE 'D' END AS score FROM o`,
      [scope.region, scope.year - 1],
    );
    assert.equal(await page.getByTestId('review-pi1').getAttribute('data-score'), outturn.score);
    for (const id of [
      'review-pi2',
      'review-pi3',
      'review-debt-ratio',
      'review-soe-enterprises',
      'review-sangong-30217',
    ]) {
      assert.equal(await page.getByTestId(id).count(), 1, id);
    }
  });

  it('draws every chart as SVG and prints through the browser', async () => {
    await chartsDrawn();
    await screenshot(page, 'pre-session-review-zh');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByTestId('review-print').click();
    assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);
  });

  it('fits a tablet: one column, charts as wide as the column', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    // The charts follow their column once ECharts has seen it shrink (a ResizeObserver, then a redraw).
    const fits = () =>
      page.evaluate(() => {
        const section = document.querySelector('[data-testid="review-books"]')!.getBoundingClientRect();
        const svgs = Array.from(document.querySelectorAll('bw-review-chart svg')).map((svg) =>
          svg.getBoundingClientRect(),
        );
        const tables = Array.from(document.querySelectorAll('bw-review-page .table-wrap')).map(
          (wrap) => wrap.scrollWidth - wrap.clientWidth,
        );
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          widest: Math.max(...svgs.map((r) => r.right)) - section.right,
          tableOverflow: Math.max(0, ...tables),
        };
      });
    await page
      .waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, undefined, {
        timeout: 5000,
      })
      .catch(() => undefined);
    const { overflow, widest, tableOverflow } = await fits();
    assert.ok(tableOverflow <= 0, `a table scrolls sideways by ${tableOverflow}px`);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 768px`);
    assert.ok(widest <= 0, `a chart passes its section by ${widest}px`);
    // The scale and share charts stack: one column.
    const [scale, share] = await Promise.all(
      ['review-chart-scale', 'review-chart-share'].map((id) => page.getByTestId(id).boundingBox()),
    );
    assert.ok(scale && share && share.y > scale.y + scale.height - 1, 'the charts are one above the other');
    await page.waitForTimeout(300);
    await screenshot(page, 'pre-session-review-tablet');
    await screenshot(page, 'pre-session-review-tablet-top', { fullPage: false });
    for (const section of ['books', 'functions', 'sangong', 'positions', 'reliability']) {
      await page
        .getByTestId(`review-${section}`)
        .screenshot({ path: path.join(SCREENSHOT_DIR, `pre-session-review-tablet-${section}.png`) });
    }
  });

  it('renders a clean PDF of several pages with the title', async () => {
    await page.emulateMedia({ media: 'print' });
    // Print media redraws the charts at the paper's width (review-chart.ts); let them settle.
    await page.waitForTimeout(500);
    const file = path.join(SCREENSHOT_DIR, 'pre-session-review.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    assert.ok(existsSync(file) && statSync(file).size > 20_000, 'a PDF with content');
    const pages = installed('pdfinfo')
      ? Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString('utf8'))?.[1] ?? 0)
      : (
          readFileSync(file)
            .toString('latin1')
            .match(/\/Type\s*\/Page\b/g) ?? []
        ).length;
    assert.ok(pages >= 2, `${pages} page(s)`);
    const title = (await page.locator('.ant-page-header-heading-title').innerText()).trim();
    assert.match(title, /会前审查参阅材料/);
    if (installed('pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
      assert.ok(text.replace(/\s+/g, '').includes(title.replace(/\s+/g, '')), 'the PDF carries the page title');
      for (const heading of ['一、四本预算', '五、预算编得准不准']) assert.ok(text.includes(heading), heading);
      // No frame: the menu and the buttons stay off the paper.
      assert.ok(!text.includes('打印 / 导出PDF'), 'no print button on paper');
    }
    if (installed('pdftoppm')) {
      execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(SCREENSHOT_DIR, 'pre-session-review-pdf')]);
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('switches to English', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('lang-switch').click();
    await page.getByText('Pre-session budget review').first().waitFor();
    assert.match(await page.getByTestId('review-book-GPB').getByTestId('cell-budget').innerText(), /100M yuan/);
    await chartsDrawn();
    await screenshot(page, 'pre-session-review-en');
    await page
      .getByTestId('review-books')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'pre-session-review-en-books.png') });
    await page.getByTestId('lang-switch').click();
    await page.getByText('会前审查参阅材料').first().waitFor();
  });
});
