import type pg from 'pg';

/**
 * Answers of aggregate queries kept until the data changes. Feed data changes only through the
 * ingest pipeline, whose every successful load commits a new `ingest_batches` row marked succeeded;
 * the warning lines the pages draw change only in `rule_thresholds` (each change stamps updated_at).
 * The data version is the highest succeeded batch id with the thresholds' count, id sum and latest
 * stamp. Each call reads it (two small lookups) and answers from memory when the same question was
 * answered at that version; concurrent identical questions share one computation. Least recently
 * used answers go first beyond `maxEntries`.
 */
export interface DataVersionCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export function createDataVersionCache(pool: pg.Pool, maxEntries = 500): DataVersionCache {
  const entries = new Map<string, Promise<unknown>>();

  const version = async (): Promise<string> => {
    const found = await pool.query<{ v: string }>(
      // A load counts once its commit has returned (finished_at is set after it): on a distributed
      // database a commit is not visible on every node at the same instant, and an answer computed
      // in between must not be kept under the new version (docs/scaling-queries.md §P7).
      `SELECT concat_ws('/', (SELECT max(id) FROM ingest_batches WHERE status = 'succeeded' AND finished_at IS NOT NULL),
                        t.n, t.ids, t.latest) AS v
       FROM (SELECT count(*) AS n, sum(id) AS ids, max(updated_at) AS latest FROM rule_thresholds) t`,
    );
    return found.rows[0]!.v;
  };

  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const versioned = `${await version()}\u0000${key}`;
      const hit = entries.get(versioned);
      if (hit) {
        // Most recently used last: Map keeps insertion order.
        entries.delete(versioned);
        entries.set(versioned, hit);
        return hit as Promise<T>;
      }
      const answer = compute();
      entries.set(versioned, answer);
      // A failed computation is not kept: the next call tries again.
      answer.catch(() => entries.get(versioned) === answer && entries.delete(versioned));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return answer;
    },
  };
}
