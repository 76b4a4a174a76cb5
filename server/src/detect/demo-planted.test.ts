import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seedDemoData } from '../app/seed-demo-data';
import { AS_OF, DEFAULT_PAYMENTS_PER_YEAR } from '../demo/generate-demo-city';
import { PLANTED_ALERTS, UNPLANTABLE_RULES } from '../demo/planted-cases';
import { resolveEntityKey, type PlantedAlert } from '../demo/planted-manifest';
import { createLogger } from '../logger';
import { loadReferenceData } from '../reference/load-reference-data';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { RULES } from './rule-registry';
import { runDetection } from './run-detection';

interface OpenAlert {
  rule_code: string;
  entity_key: string;
  severity: string;
  period: string;
  explanation_en: string;
}

const keyOf = (rule: string, entityKey: string) => `${rule} ${entityKey}`;

// The shipped demo city (default seed and size) loaded as start-up loads it, then every rule at the
// demo's as-of date: exactly the planted cases are flagged, each with its severity.
describe('demo city: planted cases', () => {
  let database: TestDatabase;
  let dataDir: string;
  let open: OpenAlert[];
  const registered = new Set(RULES.map((rule) => rule.code));
  let expected: PlantedAlert[];

  before(async () => {
    [database, dataDir] = await Promise.all([
      createTestDatabase(),
      mkdtemp(path.join(os.tmpdir(), 'bw-demo-planted-')),
    ]);
    const started = performance.now();
    // As start-up does: the classifications (which DQ-CODE checks codes against), then the demo.
    const logger = createLogger('silent');
    await loadReferenceData(database.pool, logger);
    await seedDemoData(database.pool, {
      logger,
      dataDir,
      paymentsPerYear: DEFAULT_PAYMENTS_PER_YEAR,
    });
    const loaded = performance.now();
    const summary = await runDetection(database.pool, { asOf: AS_OF });
    console.log(
      `demo loaded in ${Math.round(loaded - started)} ms, ${RULES.length} rules run in ${Math.round(performance.now() - loaded)} ms:`,
      summary.rules.map((r) => `${r.code} ${r.found} (${r.ms} ms)`).join(', '),
    );
    const result = await database.pool.query<OpenAlert>(
      `SELECT rule_code, entity_key, severity::text, period, explanation_en FROM alerts
       WHERE resolved_at IS NULL ORDER BY rule_code, entity_key, period`,
    );
    open = result.rows;
    // DQ-CODE keys its findings by ingest batch: resolve the batch ids the load gave each feed.
    const batches = await database.pool.query<{ feed: string; id: string }>(
      `SELECT feed, max(id)::text AS id FROM ingest_batches WHERE source = 'demo' GROUP BY feed`,
    );
    const batchOf = new Map(batches.rows.map((b) => [b.feed, b.id]));
    expected = PLANTED_ALERTS.map((alert) => ({
      ...alert,
      entityKey: resolveEntityKey(alert.entityKey, (feed) => batchOf.get(feed) ?? `no ${feed} batch`),
    }));
  });
  after(async () => {
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('plants a case for every registered rule except those that files cannot carry, and only for registered rules', () => {
    const planted = new Set(PLANTED_ALERTS.map((alert) => alert.rule));
    const missing = [...registered].filter((code) => !planted.has(code) && !UNPLANTABLE_RULES.includes(code));
    assert.deepEqual(missing, [], 'registered rules without a planted case');
    const unregistered = [...planted].filter((code) => !registered.has(code));
    assert.deepEqual(unregistered, [], 'planted cases of rules that are not registered');
  });

  it('finds every planted case with its severity', () => {
    const found = new Map(open.map((a) => [keyOf(a.rule_code, a.entity_key), a.severity]));
    const misses = expected
      .filter((alert) => found.get(keyOf(alert.rule, alert.entityKey)) !== alert.severity)
      .map((alert) => {
        const key = keyOf(alert.rule, alert.entityKey);
        return `${key}: expected ${alert.severity}, found ${found.get(key) ?? 'nothing'}`;
      });
    assert.deepEqual(misses, [], 'planted cases not found as planted');
  });

  it('flags nothing but the planted cases', () => {
    const plantedKeys = new Set(expected.map((alert) => keyOf(alert.rule, alert.entityKey)));
    const unexpected = open
      .filter((a) => !plantedKeys.has(keyOf(a.rule_code, a.entity_key)))
      .map((a) => `${a.rule_code} ${a.entity_key} ${a.period} ${a.severity}: ${a.explanation_en}`);
    assert.deepEqual(unexpected, [], `${unexpected.length} alerts on data that was not planted`);
    const perCase = new Map<string, number>();
    for (const a of open)
      perCase.set(keyOf(a.rule_code, a.entity_key), (perCase.get(keyOf(a.rule_code, a.entity_key)) ?? 0) + 1);
    const repeated = [...perCase].filter(([, n]) => n > 1).map(([key, n]) => `${key}: ${n} alerts`);
    assert.deepEqual(repeated, [], 'a planted case raises one alert');
  });
});
