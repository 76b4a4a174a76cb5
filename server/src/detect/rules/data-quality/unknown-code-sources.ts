// The stored rows DQ-CODE checks, and the SQL that finds their unknown references, built from constants only.
import { findFeed } from '../../../ingest/feeds/feed-registry';
import type { FeedName } from '../../../ingest/feeds/feed-descriptor';
import { paidToDateSql } from '../../../execution/payment-summary';
import { ident } from '../../../ingest/staged-upsert.sql';

export type CodeCheck = 'region_code' | 'agency_code' | 'func_code' | 'econ_code';

/** A feed table whose rows name regions, agencies or classification codes. */
export interface CodeSource {
  feed: FeedName;
  checks: readonly CodeCheck[];
  /** The evidence key that links to the rows (vouchers, lineIds) or a generic one. */
  evidenceKey: string;
  /** A date column: rows after the as-of date are ignored. */
  date?: string;
  /** The fiscal year whose classification applies (SQL over alias t). */
  year?: string;
  /**
   * A relation holding the source's code combinations up to the as-of date $1 (with a fiscal_year
   * column), far smaller than the table: pass 1 reads it instead, and pass 2 finds the batches.
   */
  combinations?: string;
}

/** Payments and budget lines carry every kind of code; the other feeds name regions (and bond projects agencies). */
export const CODE_SOURCES: readonly CodeSource[] = [
  {
    feed: 'payments',
    checks: ['region_code', 'agency_code', 'func_code', 'econ_code'],
    evidenceKey: 'vouchers',
    date: 'pay_date',
    year: 'extract(year FROM t.pay_date)::int',
    // payment_summary holds every combination of codes paid on: a snapshot over it, not a million payments.
    combinations: paidToDateSql({ from: `'0001-01-01'`, asOf: '$1', regions: 'NULL' }),
  },
  {
    feed: 'budget_lines',
    checks: ['region_code', 'agency_code', 'func_code', 'econ_code'],
    evidenceKey: 'lineIds',
    date: 'issued_date',
    year: 't.fiscal_year',
  },
  ...(
    [
      'agencies',
      'revenue',
      'debt_limits',
      'debt_balances',
      'bonds',
      'fiscal_capacity',
      'soe_financials',
      'social_funds',
    ] as const
  ).map((feed): CodeSource => ({ feed, checks: ['region_code'], evidenceKey: 'keys' })),
  { feed: 'bond_projects', checks: ['region_code', 'agency_code'], evidenceKey: 'keys' },
];

/** How each check finds an unknown value among the distinct combinations (alias c): its join and its test. */
const CHECK_SQL: Readonly<Record<CodeCheck, { join: string; unknown: string }>> = {
  region_code: {
    join: 'LEFT JOIN regions r ON r.region_code = c.region_code',
    unknown: 'r.region_code IS NULL',
  },
  // With no agency loaded at all the feed is missing, not the row's code: nothing to say per row.
  agency_code: {
    join: 'LEFT JOIN agencies a ON a.agency_code = c.agency_code',
    unknown: 'a.agency_code IS NULL AND (SELECT EXISTS (SELECT 1 FROM agencies))',
  },
  // A classification code only in years that have that classification loaded.
  func_code: {
    join: `LEFT JOIN (SELECT DISTINCT fiscal_year FROM func_codes) fy ON fy.fiscal_year = c.fiscal_year
           LEFT JOIN func_codes f ON f.fiscal_year = c.fiscal_year AND f.code = c.func_code`,
    unknown: 'fy.fiscal_year IS NOT NULL AND f.code IS NULL',
  },
  econ_code: {
    join: `LEFT JOIN (SELECT DISTINCT fiscal_year FROM econ_codes) ey ON ey.fiscal_year = c.fiscal_year
           LEFT JOIN econ_codes e ON e.fiscal_year = c.fiscal_year AND e.code = c.econ_code`,
    unknown: 'ey.fiscal_year IS NOT NULL AND e.code IS NULL',
  },
};

export interface UnknownCodeGroup {
  batch_id: string | null;
  load_date: string | null;
  code_column: CodeCheck;
  code_value: string;
  region_code: string;
  rows: number;
  keys: string[];
}

/**
 * Pass 1 over a source: its distinct combinations of batch and codes (one scan), those with an unknown
 * code, one row per unknown code, with the region they are filed under (their own; the root region $3
 * when the region itself is unknown). Parameters: $1 as-of date, $2 regions in scope (null = all), $3
 * root region in scope (or null).
 */
export function unknownCombinationsSql(source: CodeSource): string {
  const feed = findFeed(source.feed);
  if (!feed) throw new Error(`no feed ${source.feed}`);
  const columns = source.checks.map(ident);
  const year = source.year ? [`${source.year} AS fiscal_year`] : [];
  const combo = source.combinations
    ? ['-1::bigint AS batch_key', ...columns.map((c) => `t.${c}`), 't.fiscal_year']
    : ['COALESCE(t.batch_id, -1) AS batch_key', ...columns.map((c) => `t.${c}`), ...year];
  const rows = source.combinations ? `${source.combinations} t` : `${ident(feed.table)} t WHERE ${asOfFilter(source)}`;
  const checks = source.checks.map((check) => ({ check, ...CHECK_SQL[check] }));
  return `WITH combos AS MATERIALIZED (
      SELECT ${combo.join(', ')} FROM ${rows} GROUP BY ${combo.map((_, i) => i + 1).join(', ')}
    ),
    problems AS (
      SELECT c.*, x.code_column, x.code_value, CASE WHEN r.region_code IS NOT NULL THEN c.region_code ELSE $3 END AS filed_region
      FROM combos c
      ${checks.map((c) => c.join).join('\n      ')}
      CROSS JOIN LATERAL (VALUES ${checks.map((c) => `('${c.check}', CASE WHEN ${c.unknown} THEN c.${ident(c.check)} END)`).join(', ')}) AS x(code_column, code_value)
      WHERE x.code_value IS NOT NULL
    )
    SELECT * FROM problems WHERE filed_region IS NOT NULL AND ($2::text[] IS NULL OR filed_region = ANY($2))`;
}

/**
 * Pass 2, only when pass 1 found something: the rows of those combinations, grouped by batch, column,
 * value and filed region, with their count and first 50 natural keys. Parameters: $1 as-of date, $2
 * pass 1's rows as JSON (a small set the planner hashes, so the table is scanned once).
 */
export function unknownCodeRowsSql(source: CodeSource): string {
  const feed = findFeed(source.feed);
  if (!feed) throw new Error(`no feed ${source.feed}`);
  const columns = source.checks.map(ident);
  const recordType = [
    'batch_key bigint',
    ...columns.map((c) => `${c} text`),
    ...(source.year ? ['fiscal_year int'] : []),
    'code_column text',
    'code_value text',
    'filed_region text',
  ];
  const sameCombination = [
    // Pass 1 over the combinations knows no batch (-1): every batch of the combination is found here.
    source.combinations ? 'p.batch_key = -1' : 'COALESCE(t.batch_id, -1) = p.batch_key',
    ...columns.map((c) => `t.${c} = p.${c}`),
    ...(source.year ? [`${source.year} = p.fiscal_year`] : []),
  ];
  const naturalKey = `concat_ws(' / ', ${feed.naturalKey.map((k) => `t.${ident(k)}`).join(', ')})`;
  // A summarised source (payments) is large: its rows are looked up per combination through the
  // (region_code, agency_code, …) index rather than hashed against one scan of the whole table.
  const rows = source.combinations
    ? `CROSS JOIN LATERAL (SELECT * FROM ${ident(feed.table)} t WHERE ${sameCombination.join(' AND ')} AND ${asOfFilter(source)}) t`
    : `JOIN ${ident(feed.table)} t ON ${sameCombination.join(' AND ')} AND ${asOfFilter(source)}`;
  return `WITH evidence AS (
      SELECT ${source.combinations ? 'COALESCE(t.batch_id, -1)' : 'p.batch_key'} AS batch_key, p.code_column, p.code_value, p.filed_region,
             ${naturalKey} AS natural_key
      FROM jsonb_to_recordset($2::jsonb) AS p(${recordType.join(', ')})
      ${rows}
    )
    SELECT NULLIF(v.batch_key, -1)::text AS batch_id,
           to_char(COALESCE(b.finished_at, b.started_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS load_date,
           v.code_column, v.code_value, v.filed_region AS region_code, count(*)::int AS rows,
           (array_agg(v.natural_key ORDER BY v.natural_key))[1:50] AS keys
    FROM evidence v LEFT JOIN ingest_batches b ON b.id = v.batch_key
    GROUP BY v.batch_key, b.finished_at, b.started_at, v.code_column, v.code_value, v.filed_region
    ORDER BY v.batch_key, v.code_column, v.code_value, v.filed_region`;
}

function asOfFilter(source: CodeSource): string {
  return source.date ? `t.${ident(source.date)} <= $1::date` : '$1::date IS NOT NULL';
}

/**
 * Rows kept aside in quarantine mode whose error is in a code column with a value given (a code of
 * the wrong shape, too long, or with control characters): grouped like the stored rows. The row's
 * region is read from its raw values (under the contract's key or Chinese header) where it names a
 * known region, else the root region. Parameters: $1 regions in scope, $2 root region in scope, $3 code columns.
 */
export const QUARANTINED_CODES_SQL = `WITH flagged AS (
    SELECT q.batch_id, q.feed, q.row_number, e->>'column' AS code_column, e->>'value' AS code_value,
           CASE WHEN e->>'column' <> 'region_code' AND r.region_code IS NOT NULL THEN r.region_code ELSE $2 END AS filed_region,
           COALESCE(b.finished_at, b.started_at) AS loaded
    FROM quarantined_rows q
    JOIN ingest_batches b ON b.id = q.batch_id AND b.status = 'succeeded'
    CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(q.errors) = 'array' THEN q.errors ELSE '[]'::jsonb END) e
    LEFT JOIN regions r ON r.region_code = btrim(COALESCE(q.raw->>'region_code', q.raw->>'行政区划代码'))
    WHERE e->>'column' = ANY($3::text[]) AND btrim(COALESCE(e->>'value', '')) <> ''
  )
  SELECT batch_id::text, feed, to_char(loaded AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS load_date, code_column, code_value,
         filed_region AS region_code, count(DISTINCT row_number)::int AS rows,
         (array_agg(DISTINCT row_number ORDER BY row_number))[1:50] AS row_numbers
  FROM flagged
  WHERE filed_region IS NOT NULL AND ($1::text[] IS NULL OR filed_region = ANY($1))
  GROUP BY batch_id, feed, loaded, code_column, code_value, filed_region
  ORDER BY batch_id, code_column, code_value, filed_region`;
