// Test rows for the data-quality rules: ingest batches and classification codes.
import { beforeEach } from 'node:test';
import type { RuleTestDatabase } from '../../testing/rule-fixtures';

/** Empties the classifications before each test (the rule fixture empties the ingest history but leaves these). */
export function clearClassifications(db: RuleTestDatabase): void {
  beforeEach(async () => {
    await db.sql('TRUNCATE reference_sources CASCADE');
  });
}

export interface BatchFixture {
  status?: 'running' | 'succeeded' | 'failed';
  /** When it finished (a timestamp; default 2026-11-20T02:00:00Z); null for a batch still running (started now). */
  finishedAt?: string | null;
  mode?: 'strict' | 'quarantine';
}

/** One ingest batch of a feed; returns its id. */
export async function insertBatch(db: RuleTestDatabase, feed: string, o: BatchFixture = {}): Promise<string> {
  const finished = o.finishedAt === undefined ? '2026-11-20T02:00:00Z' : o.finishedAt;
  const result = await db.sql(
    `INSERT INTO ingest_batches (feed, source, mode, file_name, file_sha256, file_bytes, format, encoding, status, started_at, finished_at)
     VALUES ($1, 'cli', $2::"IngestMode", $1 || '.csv', repeat('0', 64), 1, 'csv', 'utf-8', $3::"BatchStatus",
             COALESCE($4::timestamptz, now()), $4::timestamptz) RETURNING id::text`,
    [feed, o.mode ?? 'strict', o.status ?? 'succeeded', finished],
  );
  return (result.rows[0] as { id: string }).id;
}

/** The classifications of a fiscal year: function and economic codes. */
export async function insertClassification(
  db: RuleTestDatabase,
  year: number,
  func: readonly string[],
  econ: readonly string[],
): Promise<void> {
  for (const [table, codes] of [
    ['func_codes', func],
    ['econ_codes', econ],
  ] as const) {
    const source = await db.sql(
      `INSERT INTO reference_sources (kind, fiscal_year, title, publisher, file_name, sha256) VALUES ($1, $2, 't', 'p', 'f', $1) RETURNING id`,
      [table, year],
    );
    for (const code of codes) {
      await db.sql(
        `INSERT INTO ${table} (fiscal_year, code, name_zh, name_en, level, source_id) VALUES ($1, $2, '科目', 'code', 1, $3)`,
        [year, code, (source.rows[0] as { id: number }).id],
      );
    }
  }
}
