import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type pg from 'pg';
import { PROJECT_ROOT } from '../env';
import type { Logger } from '../logger';

export const REFERENCE_DIR = path.join(PROJECT_ROOT, 'server/src/reference/data');

/** Classification files of a fiscal year and the table each loads into. */
const CLASSIFICATIONS = [
  { kind: 'func_codes', file: 'func-codes.csv', table: 'func_codes' },
  { kind: 'econ_codes', file: 'econ-codes.csv', table: 'econ_codes' },
  { kind: 'rev_codes', file: 'rev-codes.csv', table: 'rev_codes' },
] as const;

interface Provenance {
  title: string;
  publisher: string;
  notes?: string;
}

interface CodeRow {
  code: string;
  name_zh: string;
  name_en: string;
  level: string;
  parent_code: string;
}

/**
 * Loads the versioned classification files of the repo (`data/<year>/`), each recorded in
 * reference_sources with its provenance and hash. (The region hierarchy arrives through the regions
 * feed, because each committee's tree is its own.) A file already loaded with the same hash is
 * skipped, so this costs one query per file on later starts; an edited file replaces its year.
 */
export async function loadReferenceData(pool: pg.Pool, logger: Logger): Promise<void> {
  if (!existsSync(REFERENCE_DIR)) return;
  const entries = await readdir(REFERENCE_DIR, { withFileTypes: true });
  const years = entries.filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name)).map((e) => Number(e.name));
  for (const year of years.sort()) {
    const dir = path.join(REFERENCE_DIR, String(year));
    const provenance = JSON.parse(await readFile(path.join(dir, 'provenance.json'), 'utf8')) as Provenance;
    for (const classification of CLASSIFICATIONS) {
      const file = path.join(dir, classification.file);
      if (!existsSync(file)) continue;
      const loaded = await loadClassification(pool, { ...classification, year, file, provenance });
      if (loaded > 0) logger.info({ kind: classification.kind, year, codes: loaded }, 'reference codes loaded');
    }
  }
}

async function loadClassification(
  pool: pg.Pool,
  input: { kind: string; table: string; year: number; file: string; provenance: Provenance },
): Promise<number> {
  const content = await readFile(input.file);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const known = await pool.query('SELECT 1 FROM reference_sources WHERE kind = $1 AND fiscal_year = $2 AND sha256 = $3', [
    input.kind,
    input.year,
    sha256,
  ]);
  if (known.rowCount) return 0;
  const rows = parse(content, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as CodeRow[];
  const table = { func_codes: '"func_codes"', econ_codes: '"econ_codes"', rev_codes: '"rev_codes"' }[input.table];
  if (!table) throw new Error(`unknown reference table ${input.table}`);

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const source = await client.query<{ id: number }>(
      `INSERT INTO reference_sources (kind, fiscal_year, title, publisher, notes, file_name, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [input.kind, input.year, input.provenance.title, input.provenance.publisher, input.provenance.notes ?? '', path.relative(PROJECT_ROOT, input.file), sha256],
    );
    // The table name comes from the constant map above, never from input.
    await client.query(`DELETE FROM ${table} WHERE fiscal_year = $1`, [input.year]);
    await client.query(
      `INSERT INTO ${table} (fiscal_year, code, name_zh, name_en, level, parent_code, source_id)
       SELECT $1, code, name_zh, name_en, level, NULLIF(parent_code, ''), $2
       FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) AS t(code, name_zh, name_en, level, parent_code)`,
      [
        input.year,
        source.rows[0]!.id,
        rows.map((r) => r.code),
        rows.map((r) => r.name_zh),
        rows.map((r) => r.name_en),
        rows.map((r) => Number(r.level)),
        rows.map((r) => r.parent_code ?? ''),
      ],
    );
    await client.query('COMMIT');
    return rows.length;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
