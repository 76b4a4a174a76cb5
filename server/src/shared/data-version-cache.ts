import type pg from 'pg';

/**
 * Answers of aggregate queries kept until the data changes. Feed data changes only through the
 * ingest pipeline, whose every successful load commits a new `ingest_batches` row marked succeeded:
 * the highest such id is the data version. Each call reads it (one index lookup) and answers from
 * memory when the same question was answered at that version; concurrent identical questions share
 * one computation. Least recently used answers go first beyond `maxEntries`.
 */
export interface DataVersionCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export function createDataVersionCache(pool: pg.Pool, maxEntries = 500): DataVersionCache {
  const entries = new Map<string, Promise<unknown>>();

  const version = async (): Promise<string> => {
    const found = await pool.query<{ v: string | null }>(`SELECT max(id)::text AS v FROM ingest_batches WHERE status = 'succeeded'`);
    return found.rows[0]?.v ?? '0';
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
