import pg from 'pg';

export interface BookFigures {
  book: string;
  budget: string;
  executed: string;
}

/**
 * The overview's figures computed straight from the tables with plain SQL, independently of the
 * server's own queries, so the journey checks the page against the data and not against itself.
 */
export async function expectedBookFigures(databaseUrl: string, regionCode: string, fiscalYear: number): Promise<BookFigures[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<BookFigures>(
      `WITH RECURSIVE tree(code) AS (
         SELECT region_code FROM regions WHERE region_code = $1
         UNION ALL SELECT r.region_code FROM regions r JOIN tree t ON r.parent_code = t.code)
       SELECT b.book::text AS book,
         (SELECT COALESCE(sum(amount), 0)::numeric(18,2)::text FROM budget_lines
            WHERE fiscal_year = $2 AND book = b.book AND region_code IN (SELECT code FROM tree)) AS budget,
         (SELECT COALESCE(sum(amount), 0)::numeric(18,2)::text FROM payments
            WHERE extract(year FROM pay_date) = $2 AND book = b.book AND region_code IN (SELECT code FROM tree)) AS executed
       FROM unnest(enum_range(NULL::"Book")) AS b(book)`,
      [regionCode, fiscalYear],
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

export async function queryOne<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows[0]!;
  } finally {
    await client.end();
  }
}

/** 1234567.8 → "1,234,567.80", as the overview table prints exact yuan. */
export function groupThousands(amount: string): string {
  const [integer, fraction = '00'] = amount.replace('-', '').split('.');
  const grouped = integer!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount.startsWith('-') ? '-' : ''}${grouped}.${fraction.padEnd(2, '0')}`;
}
