import type { FeedDescriptor } from './feeds/feed-descriptor';
import type pg from 'pg';
import { ident } from './staged-upsert.sql';
import { detached } from './parse-values';

/** A column that names a row of another feed (or of its own, for trees). */
export interface Reference {
  column: string;
  table: string;
  key: string;
}

/** A value that names no known row: reported with the batch, never blocking (feeds arrive in any order). */
export interface ReferenceWarning {
  column: string;
  value: string;
  rows: number;
  firstRow: number;
  zh: string;
  en: string;
}

const TARGETS: Readonly<Record<string, { table: string; key: string; zh: string; en: string }>> = {
  regions: { table: 'regions', key: 'region_code', zh: '行政区划', en: 'region' },
  agencies: { table: 'agencies', key: 'agency_code', zh: '预算单位', en: 'agency' },
  budget_lines: { table: 'budget_lines', key: 'line_id', zh: '预算指标', en: 'budget line' },
  bonds: { table: 'bonds', key: 'bond_code', zh: '债券', en: 'bond' },
};

/** Which of a feed's columns refer to other rows, by the contract's column names. */
export function referencesOf(feed: FeedDescriptor): Reference[] {
  const target = (column: string): keyof typeof TARGETS | undefined => {
    if (column === 'region_code') return feed.name === 'regions' ? undefined : 'regions';
    if (column === 'parent_code') return feed.name === 'regions' ? 'regions' : feed.name === 'agencies' ? 'agencies' : undefined;
    if (column === 'agency_code') return feed.name === 'agencies' ? undefined : 'agencies';
    if (column === 'line_id') return feed.name === 'budget_lines' ? undefined : 'budget_lines';
    if (column === 'parent_line_id') return 'budget_lines';
    if (column === 'bond_code') return feed.name === 'bonds' ? undefined : 'bonds';
    return undefined;
  };
  return feed.columns.flatMap((c) => {
    const name = target(c.key);
    return name ? [{ column: c.key, table: TARGETS[name]!.table, key: TARGETS[name]!.key }] : [];
  });
}

const MAX_DISTINCT_UNKNOWN = 200;

/**
 * Checks reference columns row by row against the keys already stored (loaded once per file) and,
 * for trees (a region's parent, an agency's department, an adjusted line), the keys of the same file,
 * wherever in the file they appear. Unknown values are counted, never rejected: feeds arrive in any
 * order, and a payment may name an agency whose record comes tomorrow.
 */
export class ReferenceChecker {
  private readonly checks: { reference: Reference; index: number; known: Set<string> }[];
  private readonly ownKeyIndex: number;
  private readonly fileKeys = new Set<string>();
  private readonly unknown = new Map<string, { reference: Reference; value: string; rows: number; firstRow: number }>();
  private distinctUnknown = 0;

  private constructor(
    private readonly feed: FeedDescriptor,
    known: ReadonlyMap<string, Set<string>>,
  ) {
    this.checks = referencesOf(feed).map((reference) => ({
      reference,
      index: feed.columns.findIndex((c) => c.key === reference.column),
      known: known.get(reference.table) ?? new Set(),
    }));
    const selfReferenced = this.checks.some((c) => c.reference.table === feed.table);
    this.ownKeyIndex = selfReferenced && feed.naturalKey.length === 1 ? feed.columns.findIndex((c) => c.key === feed.naturalKey[0]) : -1;
  }

  /** Loads the stored keys of every table the feed refers to. */
  static async create(pool: pg.Pool | pg.PoolClient, feed: FeedDescriptor): Promise<ReferenceChecker> {
    const known = new Map<string, Set<string>>();
    for (const reference of referencesOf(feed)) {
      if (known.has(reference.table)) continue;
      const rows = await pool.query<{ key: string }>({
        text: `SELECT ${ident(reference.key)} AS key FROM ${ident(reference.table)}`,
        rowMode: 'array',
      } as pg.QueryConfig);
      known.set(reference.table, new Set((rows.rows as unknown as string[][]).map((r) => r[0]!)));
    }
    return new ReferenceChecker(feed, known);
  }

  check(values: readonly (string | null)[], rowNumber: number): void {
    if (this.ownKeyIndex >= 0) {
      const key = values[this.ownKeyIndex];
      if (key) this.fileKeys.add(detached(key));
    }
    for (const check of this.checks) {
      const value = values[check.index];
      if (!value || check.known.has(value)) continue;
      const id = `${check.reference.column}\u0000${value}`;
      const seen = this.unknown.get(id);
      if (seen) seen.rows++;
      else if (this.distinctUnknown++ < MAX_DISTINCT_UNKNOWN * this.checks.length) {
        this.unknown.set(detached(id), { reference: check.reference, value: detached(value), rows: 1, firstRow: rowNumber });
      }
    }
  }

  /** The unknown references, once the whole file has been seen (a tree's parent may come later). */
  warnings(): ReferenceWarning[] {
    return [...this.unknown.values()]
      .filter((u) => !(u.reference.table === this.feed.table && this.fileKeys.has(u.value)))
      .sort((a, b) => a.firstRow - b.firstRow)
      .map((u) => describeUnknown(u.reference, { value: u.value, rows: u.rows, first_row: u.firstRow }));
  }
}

export function describeUnknown(reference: Reference, row: { value: string; rows: number; first_row: number }): ReferenceWarning {
  const target = Object.values(TARGETS).find((t) => t.table === reference.table)!;
  return {
    column: reference.column,
    value: row.value,
    rows: row.rows,
    firstRow: row.first_row,
    zh: `${target.zh}“${row.value}”尚未导入（${row.rows}行，首见第${row.first_row}行）`,
    en: `${target.en} "${row.value}" is not loaded yet (${row.rows} rows, first at row ${row.first_row})`,
  };
}
