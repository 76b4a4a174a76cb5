import type pg from 'pg';
import { z } from 'zod';
import { FEEDS, findFeed } from './feeds/feed-registry';
import type { FeedDescriptor, FeedName } from './feeds/feed-descriptor';
import { DATE_FORMATS, type Reason } from './parse-values';
import type { ColumnSources, ReadOptions } from './row-validator';

// eslint-disable-next-line no-control-regex -- names and headers must be printable
const PRINTABLE = /^[^\u0000-\u001F\u007F]*$/;
const HEADER = z.string().trim().min(1).max(200).regex(PRINTABLE);
const FEED_NAMES = FEEDS.map((f) => f.name) as [FeedName, ...FeedName[]];

/**
 * A saved column mapping: how one source system's export becomes a feed. Columns not named here are
 * still matched by the feed's English key or Chinese header, so a preset only lists what differs.
 */
export const mappingPresetSchema = z
  .object({
    name: z.string().trim().min(1).max(100).regex(PRINTABLE),
    feed: z.enum(FEED_NAMES),
    description: z.string().trim().max(500).regex(PRINTABLE).default(''),
    /** Feed column key → the source's header, or its alternatives when the source's exports differ. */
    columns: z.record(z.string(), z.union([HEADER, z.array(HEADER).min(1).max(10)])).default({}),
    /** Feed column key → constant, for columns the source lacks or leaves blank. */
    constants: z.record(z.string(), z.string().max(500).regex(PRINTABLE)).default({}),
    dateFormat: z.enum(DATE_FORMATS).optional(),
    /** The source uses its own codes in the classification columns (e.g. a foreign ledger). */
    localCodes: z.boolean().default(false),
  })
  .superRefine((preset, ctx) => {
    const feed = findFeed(preset.feed);
    const keys = new Set(feed?.columns.map((c) => c.key));
    for (const [field, record] of [['columns', preset.columns], ['constants', preset.constants]] as const) {
      for (const key of Object.keys(record)) {
        if (!keys.has(key)) ctx.addIssue({ code: 'custom', path: [field, key], message: `${preset.feed} has no column ${key}` });
      }
    }
  });

export type MappingPreset = z.infer<typeof mappingPresetSchema>;
export type MappingPresetInput = z.input<typeof mappingPresetSchema>;

/** What the pipeline needs of a preset: where columns come from and how values are read. */
export function presetReading(feed: FeedDescriptor, preset?: MappingPreset): { sources: ColumnSources; options: ReadOptions } {
  if (!preset) return { sources: {}, options: {} };
  return {
    sources: { columns: preset.columns, constants: preset.constants },
    options: {
      dateFormat: preset.dateFormat,
      localCodes: preset.localCodes,
      constants: feed.columns.map((c) => preset.constants[c.key]),
    },
  };
}

export class PresetError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.en);
    this.name = 'PresetError';
  }
}

interface PresetRow {
  name: string;
  feed: string;
  description: string;
  column_map: Record<string, string | string[]>;
  constants: Record<string, string>;
  date_format: string | null;
  local_codes: boolean;
}

function fromRow(row: PresetRow): MappingPreset {
  return mappingPresetSchema.parse({
    name: row.name,
    feed: row.feed,
    description: row.description,
    columns: row.column_map,
    constants: row.constants,
    dateFormat: row.date_format ?? undefined,
    localCodes: row.local_codes,
  });
}

const SELECT_PRESET = `SELECT name, feed, description, column_map, constants, date_format, local_codes FROM mapping_presets`;

/** Saves (creates or replaces) a preset by name. */
export async function savePreset(pool: pg.Pool, input: MappingPresetInput, userId?: number): Promise<MappingPreset> {
  const preset = mappingPresetSchema.parse(input);
  await pool.query(
    `INSERT INTO mapping_presets (name, feed, description, column_map, constants, date_format, local_codes, created_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
     ON CONFLICT (name) DO UPDATE SET feed = EXCLUDED.feed, description = EXCLUDED.description,
       column_map = EXCLUDED.column_map, constants = EXCLUDED.constants, date_format = EXCLUDED.date_format,
       local_codes = EXCLUDED.local_codes, updated_at = now()`,
    [
      preset.name,
      preset.feed,
      preset.description,
      JSON.stringify(preset.columns),
      JSON.stringify(preset.constants),
      preset.dateFormat ?? null,
      preset.localCodes,
      userId ?? null,
    ],
  );
  return preset;
}

export async function listPresets(pool: pg.Pool): Promise<MappingPreset[]> {
  const result = await pool.query<PresetRow>(`${SELECT_PRESET} ORDER BY feed, name`);
  return result.rows.map(fromRow);
}

/** The named preset, checked against the feed it is used for. */
export async function loadPreset(pool: pg.Pool, name: string, feed: FeedName): Promise<MappingPreset> {
  const result = await pool.query<PresetRow>(`${SELECT_PRESET} WHERE name = $1`, [name]);
  const row = result.rows[0];
  if (!row) throw new PresetError({ zh: `没有名为“${name}”的映射方案`, en: `no mapping preset named "${name}"` });
  const preset = fromRow(row);
  if (preset.feed !== feed) {
    throw new PresetError({
      zh: `映射方案“${name}”用于${preset.feed}，不能用于${feed}`,
      en: `preset "${name}" is for ${preset.feed}, not ${feed}`,
    });
  }
  return preset;
}

export async function deletePreset(pool: pg.Pool, name: string): Promise<boolean> {
  const result = await pool.query('DELETE FROM mapping_presets WHERE name = $1', [name]);
  return (result.rowCount ?? 0) > 0;
}
