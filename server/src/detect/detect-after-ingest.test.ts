import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { findFeed } from '../ingest/feeds/feed-registry';
import { ingestFile } from '../ingest/ingest-file';
import { detectAfterIngest, touchedWindow } from './detect-after-ingest';
import { useRuleDatabase } from './testing/rule-fixtures';

const db = useRuleDatabase();
const dir = await mkdtemp(path.join(os.tmpdir(), 'bw-detect-ingest-'));
after(() => rm(dir, { recursive: true, force: true }));

const HEADER =
  'voucher_no,pay_date,region_code,book,agency_code,func_code,econ_code,payee_name,payee_type,pay_method,settle_method,amount';

/** Loads payment rows through the real ingest path, then the detection that follows a batch. */
async function loadPayments(name: string, rows: string[]) {
  const file = path.join(dir, name);
  await writeFile(file, [HEADER, ...rows].join('\n'));
  const result = await ingestFile(db.pool, { feed: findFeed('payments')!, filePath: file, source: 'cli' });
  assert.equal(result.status, 'succeeded', JSON.stringify(result.rowErrors.slice(0, 3)));
  return { result, detection: await detectAfterIngest(db.pool, { feed: 'payments', ...result }) };
}

const row = (voucher: string, date: string, amount: string) =>
  `${voucher},${date},390100,GPB,A1,2010101,30201,某公司,unit,direct,transfer,${amount}`;

describe('detectAfterIngest', () => {
  it('runs the payment rules over the batch dates only: new alerts in the window, older alerts left alone', async () => {
    await db.sql(
      `INSERT INTO agencies (agency_code, agency_name, region_code, agency_type) VALUES ('A1', '临江市教育局', '390100', 'administrative')`,
    );
    await loadPayments('jan.csv', [row('JAN', '2026-01-05', '6000000.00')]);
    assert.deepEqual(await db.alerts('PAY-LARGE'), { JAN: 'yellow' });
    // The January payment disappears without a batch (as if deleted by hand): only a full run may notice.
    await db.sql(`DELETE FROM payments WHERE voucher_no = 'JAN'`);

    const { result, detection } = await loadPayments('jun.csv', [
      row('JUN', '2026-06-02', '7000000.00'),
      row('JUN-2', '2026-06-03', '100.00'),
    ]);
    assert.deepEqual(await touchedWindow(db.pool, 'payments', result.batchId), {
      from: '2026-06-02',
      to: '2026-06-03',
    });
    assert.ok(detection && detection.rules.every((r) => findFeedRule(r.code)));
    assert.ok(!detection.rules.some((r) => r.code === 'SOE-LEVERAGE'), 'rules of other feeds do not run');
    assert.deepEqual(await db.alerts('PAY-LARGE'), { JAN: 'yellow', JUN: 'yellow' });
  });

  it('reconsiders a replaced row at its old and new dates, and skips a batch that changed nothing', async () => {
    await db.sql(
      `INSERT INTO agencies (agency_code, agency_name, region_code, agency_type) VALUES ('A1', '临江市教育局', '390100', 'administrative')`,
    );
    await loadPayments('a.csv', [row('P', '2026-03-10', '6000000.00')]);
    assert.deepEqual(await db.alerts('PAY-LARGE'), { P: 'yellow' });
    // The same voucher, corrected to another date and a small amount: its alert at the old date resolves.
    const { result } = await loadPayments('b.csv', [row('P', '2026-09-01', '10.00')]);
    assert.deepEqual(await touchedWindow(db.pool, 'payments', result.batchId), {
      from: '2026-03-10',
      to: '2026-09-01',
    });
    assert.deepEqual(await db.alerts('PAY-LARGE'), {});
    const again = await loadPayments('b-again.csv', [row('P', '2026-09-01', '10.00')]);
    assert.equal(again.result.rowsUnchanged, 1);
    assert.equal(again.detection, null);
  });
});

function findFeedRule(code: string): boolean {
  return /^(PAY|EXE|BUD|DEBT-INTEREST|DQ)/.test(code);
}
