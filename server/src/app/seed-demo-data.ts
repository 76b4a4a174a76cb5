import { existsSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { generateDemoCity } from '../demo/generate-demo-city';
import { runDetection } from '../detect/run-detection';
import { FEEDS } from '../ingest/feeds/feed-registry';
import { ingestFile } from '../ingest/ingest-file';
import type { Logger } from '../logger';

/**
 * Loads the demo city into a database that holds no data of its own: the deterministic generator
 * writes feed files, and they go through the same ingest pipeline as real files. A database where
 * anyone loaded a real file is never touched; a half-finished demo load is completed.
 */
export async function seedDemoData(
  pool: pg.Pool,
  options: { logger: Logger; dataDir: string; paymentsPerYear: number },
): Promise<void> {
  const state = await pool.query<{ own: boolean; demo_feeds: number }>(
    `SELECT EXISTS (SELECT 1 FROM ingest_batches WHERE source <> 'demo') AS own,
            (SELECT count(DISTINCT feed)::int FROM ingest_batches WHERE source = 'demo' AND status = 'succeeded') AS demo_feeds`,
  );
  const { own, demo_feeds: loadedFeeds } = state.rows[0]!;
  if (own || loadedFeeds === FEEDS.length) return;

  const outDir = path.join(options.dataDir, `demo-${options.paymentsPerYear}`);
  const started = performance.now();
  const manifest = await generateDemoCity({ outDir, paymentsPerYear: options.paymentsPerYear });
  options.logger.info({ ms: Math.round(performance.now() - started), outDir }, 'demo city generated');

  for (const feed of FEEDS) {
    const file = manifest.files.find((f) => f.feed === feed.name);
    if (!file || !existsSync(file.path)) throw new Error(`demo generator wrote no ${feed.name} file`);
    const result = await ingestFile(pool, { feed, filePath: file.path, source: 'demo', logger: options.logger });
    if (result.status !== 'succeeded') {
      const first = result.fileErrors[0] ?? result.rowErrors[0]?.reason;
      throw new Error(`demo ${feed.name} failed to load: ${first?.en ?? 'unknown'} (${result.rowsRejected} rows rejected)`);
    }
    options.logger.info({ feed: feed.name, rows: result.rowsRead, inserted: result.rowsInserted }, 'demo feed loaded');
  }
  // One full run once every feed is in (cheaper than a run per batch), at the demo's own date.
  const detection = await runDetection(pool, { asOf: manifest.asOf });
  const alerts = detection.rules.reduce((sum, rule) => sum + rule.found, 0);
  options.logger.info({ ms: Math.round(performance.now() - started), alerts }, 'demo detection done');
}
