import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { mappingPresetSchema } from './mapping-preset';

/** Presets shipped with the product (server/src/ingest/presets/*.json). */
export const SHIPPED_PRESETS_DIR = fileURLToPath(new URL('./presets', import.meta.url));

/**
 * Saves the shipped presets that the database does not have yet; a preset a user has changed or
 * deleted-and-recreated under the same name is left as it is. Returns the names added.
 */
export async function seedShippedPresets(pool: pg.Pool, dir = SHIPPED_PRESETS_DIR): Promise<string[]> {
  const added: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
    const preset = mappingPresetSchema.parse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
    const inserted = await pool.query(
      `INSERT INTO mapping_presets (name, feed, description, column_map, constants, date_format, local_codes, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now()) ON CONFLICT (name) DO NOTHING`,
      [preset.name, preset.feed, preset.description, JSON.stringify(preset.columns), JSON.stringify(preset.constants), preset.dateFormat ?? null, preset.localCodes],
    );
    if ((inserted.rowCount ?? 0) > 0) added.push(preset.name);
  }
  return added;
}
