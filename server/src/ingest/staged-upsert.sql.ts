import type { ColumnSpec, FeedDescriptor } from './feeds/feed-descriptor';

/**
 * SQL text for the staged load of one feed. Only identifiers from the feed descriptors (constants
 * of this codebase, checked below) are spliced in; every value travels as a bound parameter or
 * through COPY.
 */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier: ${name}`);
  return `"${name}"`;
}

/** The PostgreSQL type a feed column is stored as. */
export function columnType(column: ColumnSpec): string {
  switch (column.type) {
    case 'money':
      return 'numeric(18,2)';
    case 'rate':
      return 'numeric(7,4)';
    case 'date':
      return 'date';
    case 'int':
    case 'month':
      return 'integer';
    case 'enum':
      if (!column.pgEnum || !/^[A-Z][A-Za-z]+$/.test(column.pgEnum)) throw new Error(`enum type missing: ${column.key}`);
      return `"${column.pgEnum}"`;
    default:
      return 'text';
  }
}

export const STAGING_TABLE = 'ingest_staging';

/**
 * The staging table has the feed's typed columns, so COPY converts the validated text in C and the
 * upsert needs no casts. It lives for the transaction only.
 */
export function createStagingSql(feed: FeedDescriptor): string {
  const columns = feed.columns.map((c) => `${ident(c.key)} ${columnType(c)}`).join(', ');
  return `CREATE TEMP TABLE ${STAGING_TABLE} (row_number integer, ${columns}) ON COMMIT DROP`;
}

export function copyIntoStagingSql(feed: FeedDescriptor): string {
  const columns = ['row_number', ...feed.columns.map((c) => c.key)].map(ident).join(', ');
  return `COPY ${STAGING_TABLE} (${columns}) FROM STDIN`;
}

/** COPY straight into the feed's table (the fast path), the batch id last. */
export function copyIntoTableSql(feed: FeedDescriptor): string {
  const columns = [...feed.columns.map((c) => c.key), 'batch_id'].map(ident).join(', ');
  return `COPY ${ident(feed.table)} (${columns}) FROM STDIN`;
}

/** Natural keys given more than once inside the file, with their row numbers. */
export function duplicateKeysSql(feed: FeedDescriptor): string {
  const keys = feed.naturalKey.map(ident).join(', ');
  return `SELECT concat_ws(' / ', ${keys}) AS natural_key, array_agg(row_number ORDER BY row_number) AS rows
    FROM ${STAGING_TABLE} GROUP BY ${keys} HAVING count(*) > 1 ORDER BY min(row_number) LIMIT 1000`;
}

/**
 * One statement: find the rows of the file that are new or differ from the stored row with their key
 * (one hash join; unchanged rows, the bulk of a reload, stop there), log the old values of the
 * changed ones in the change log, then insert or update just those. Parameters: $1 batch id, $2 feed
 * name. Returns inserted and updated counts; the other rows were already loaded unchanged.
 */
export function upsertSql(feed: FeedDescriptor): string {
  if (feed.keyRegistry) return registryUpsertSql(feed, feed.keyRegistry);
  const table = ident(feed.table);
  const keys = feed.naturalKey.map(ident);
  const columns = feed.columns.map((c) => ident(c.key));
  const valueColumns = feed.columns.filter((c) => !feed.naturalKey.includes(c.key)).map((c) => ident(c.key));
  const keyMatch = keys.map((k) => `t.${k} = s.${k}`).join(' AND ');
  const rowOf = (alias: string) => `(${valueColumns.map((c) => `${alias}.${c}`).join(', ')})`;
  const changed = valueColumns.length === 0 ? 'FALSE' : `${rowOf('t')} IS DISTINCT FROM ${rowOf('s')}`;
  const update = [...valueColumns.map((c) => `${c} = EXCLUDED.${c}`), '"batch_id" = EXCLUDED."batch_id"'].join(', ');
  return `WITH diff AS MATERIALIZED (
      SELECT ${columns.map((c) => `s.${c}`).join(', ')}, t.${keys[0]} IS NOT NULL AS existing,
             CASE WHEN t.${keys[0]} IS NOT NULL THEN to_jsonb(t) - 'batch_id' END AS old_values
      FROM ${STAGING_TABLE} s LEFT JOIN ${table} t ON ${keyMatch}
      WHERE t.${keys[0]} IS NULL OR ${changed}
    ),
    logged AS (
      INSERT INTO "change_log" ("batch_id", "feed", "natural_key", "old_values", "new_values")
      SELECT $1::bigint, $2::text, concat_ws(' / ', ${keys.map((k) => `d.${k}`).join(', ')}), d.old_values,
             to_jsonb(d) - 'existing' - 'old_values'
      FROM diff d WHERE d.existing
    ),
    upserted AS (
      INSERT INTO ${table} (${columns.join(', ')}, "batch_id")
      SELECT ${columns.join(', ')}, $1::bigint FROM diff
      ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${update}
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upserted`;
}

/**
 * upsertSql for a table partitioned outside its natural key (payments by date). The stored row of a
 * key is found through the registry (which gives its partition), a changed row is UPDATEd (moving to
 * another partition when its date changes, which INSERT … ON CONFLICT cannot do), new keys are
 * inserted into the table and the registry. A registry entry without its row (the row was deleted
 * outside the pipeline) counts as new. Same parameters and result as upsertSql.
 */
function registryUpsertSql(feed: FeedDescriptor, registry: NonNullable<FeedDescriptor['keyRegistry']>): string {
  const table = ident(feed.table);
  const keys = feed.naturalKey.map(ident);
  const part = ident(registry.partitionColumn);
  const columns = feed.columns.map((c) => ident(c.key));
  const valueColumns = feed.columns.filter((c) => !feed.naturalKey.includes(c.key)).map((c) => ident(c.key));
  const match = (a: string, b: string) => keys.map((k) => `${a}.${k} = ${b}.${k}`).join(' AND ');
  const rowOf = (alias: string) => `(${valueColumns.map((c) => `${alias}.${c}`).join(', ')})`;
  // Two steps, so that a reload (the bulk of it unchanged, each row at its stored date) costs one hash
  // join with the table, as for an unpartitioned feed: rows matched on key and partition column, then
  // only the rows left unmatched (new keys, or keys stored under another date) looked up in the registry.
  return `WITH matched AS MATERIALIZED (
      SELECT s.*, t.${keys[0]} IS NOT NULL AS found,
             CASE WHEN t.${keys[0]} IS NOT NULL THEN to_jsonb(t) - 'batch_id' END AS old_values
      FROM ${STAGING_TABLE} s
      LEFT JOIN ${table} t ON ${match('t', 's')} AND t.${part} = s.${part}
      WHERE t.${keys[0]} IS NULL OR ${rowOf('t')} IS DISTINCT FROM ${rowOf('s')}
    ),
    diff AS MATERIALIZED (
      SELECT ${columns.map((c) => `m.${c}`).join(', ')}, m.found OR t.${keys[0]} IS NOT NULL AS existing,
             CASE WHEN m.found THEN m.${part} ELSE t.${part} END AS old_part,
             CASE WHEN m.found THEN m.old_values WHEN t.${keys[0]} IS NOT NULL THEN to_jsonb(t) - 'batch_id' END AS old_values
      FROM matched m
      LEFT JOIN ${ident(registry.table)} r ON NOT m.found AND ${match('r', 'm')}
      LEFT JOIN ${table} t ON ${match('t', 'r')} AND t.${part} = r.${part}
    ),
    logged AS (
      INSERT INTO "change_log" ("batch_id", "feed", "natural_key", "old_values", "new_values")
      SELECT $1::bigint, $2::text, concat_ws(' / ', ${keys.map((k) => `d.${k}`).join(', ')}), d.old_values,
             to_jsonb(d) - 'existing' - 'old_part' - 'old_values'
      FROM diff d WHERE d.existing
    ),
    updated AS (
      UPDATE ${table} t SET ${[...valueColumns.map((c) => `${c} = d.${c}`), '"batch_id" = $1::bigint'].join(', ')}
      FROM diff d WHERE d.existing AND ${match('t', 'd')} AND t.${part} = d.old_part
      RETURNING 1
    ),
    inserted AS (
      INSERT INTO ${table} (${columns.join(', ')}, "batch_id")
      SELECT ${columns.join(', ')}, $1::bigint FROM diff WHERE NOT existing
      RETURNING 1
    ),
    registered AS (
      INSERT INTO ${ident(registry.table)} (${[...keys, part].join(', ')})
      SELECT ${[...keys, part].join(', ')} FROM diff WHERE NOT existing OR old_part IS DISTINCT FROM ${part}
      ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${part} = EXCLUDED.${part}
    )
    SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM updated)::int AS updated`;
}

/**
 * The fast path's registration of a batch's keys (rows COPYed straight into a registry feed's table).
 * A key stored before, or given twice in the file under two partitions, is a unique violation that
 * sends the file to staging. Parameter: $1 batch id.
 */
export function registerBatchKeysSql(feed: FeedDescriptor, registry: NonNullable<FeedDescriptor['keyRegistry']>): string {
  const columns = [...feed.naturalKey, registry.partitionColumn].map(ident).join(', ');
  return `INSERT INTO ${ident(registry.table)} (${columns}) SELECT ${columns} FROM ${ident(feed.table)} WHERE "batch_id" = $1::bigint`;
}
