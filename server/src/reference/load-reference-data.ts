import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { PROJECT_ROOT } from '../env';
import type { Logger } from '../logger';
import {
  CLASSIFICATION_FILES,
  parseClassification,
  parseProvenance,
  REFERENCE_DATA_DIR,
  type ClassificationCode,
  type ClassificationKind,
  type Provenance,
} from './classifications';

/** The table each classification loads into; table names come from here, never from input. */
const TABLES: Readonly<Record<ClassificationKind, string>> = {
  func: 'func_codes',
  econ: 'econ_codes',
  rev: 'rev_codes',
};

/**
 * Loads the versioned classification files of the repo (`data/<year>/`), validated by
 * `parseClassification`, each recorded in reference_sources with its provenance and hash. (The region
 * hierarchy arrives through the regions feed, because each committee's tree is its own.) A file
 * already loaded with the same hash is skipped, so this costs one query per file on later starts; an
 * edited file replaces its year's codes in one transaction.
 */
export async function loadReferenceData(pool: pg.Pool, logger: Logger, dataDir = REFERENCE_DATA_DIR): Promise<void> {
  if (!existsSync(dataDir)) return;
  const entries = await readdir(dataDir, { withFileTypes: true });
  const years = entries.filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name)).map((e) => Number(e.name));
  for (const year of years.sort()) {
    const dir = path.join(dataDir, String(year));
    const provenanceFile = path.join(dir, 'provenance.json');
    const provenance = parseProvenance(await readFile(provenanceFile, 'utf8'), path.relative(PROJECT_ROOT, provenanceFile));
    for (const kind of Object.keys(TABLES) as ClassificationKind[]) {
      const file = path.join(dir, CLASSIFICATION_FILES[kind]);
      if (!existsSync(file)) continue;
      const loaded = await loadClassification(pool, { kind, year, file, provenance });
      if (loaded > 0) logger.info({ kind: TABLES[kind], year, codes: loaded }, 'reference codes loaded');
    }
  }
}

async function loadClassification(
  pool: pg.Pool,
  input: { kind: ClassificationKind; year: number; file: string; provenance: Provenance },
): Promise<number> {
  const table = TABLES[input.kind];
  const content = await readFile(input.file);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const known = await pool.query('SELECT 1 FROM reference_sources WHERE kind = $1 AND fiscal_year = $2 AND sha256 = $3', [
    table,
    input.year,
    sha256,
  ]);
  if (known.rowCount) return 0;
  const relative = path.relative(PROJECT_ROOT, input.file);
  const codes: ClassificationCode[] = parseClassification(input.kind, content.toString('utf8'), relative);

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const source = await client.query<{ id: number }>(
      `INSERT INTO reference_sources (kind, fiscal_year, title, publisher, notes, file_name, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [table, input.year, input.provenance.title, input.provenance.publisher, input.provenance.notes, relative, sha256],
    );
    await client.query(`DELETE FROM ${table} WHERE fiscal_year = $1`, [input.year]);
    await client.query(
      `INSERT INTO ${table} (fiscal_year, code, name_zh, name_en, level, parent_code, source_id)
       SELECT $1, code, name_zh, name_en, level, parent_code, $2
       FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) AS t(code, name_zh, name_en, level, parent_code)`,
      [
        input.year,
        source.rows[0]!.id,
        codes.map((c) => c.code),
        codes.map((c) => c.nameZh),
        codes.map((c) => c.nameEn),
        codes.map((c) => c.level),
        codes.map((c) => c.parentCode),
      ],
    );
    await client.query('COMMIT');
    return codes.length;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
