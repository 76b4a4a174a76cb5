import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DemoFeed } from './feed-headers';
import { generateDemoCity, type DemoManifest } from './generate-demo-city';

export type Row = Record<string, string>;

/** A generated demo city read back: each feed's rows keyed by header. For the tests. */
export interface DemoFixture {
  manifest: DemoManifest;
  dir: string;
  rows: Record<DemoFeed, Row[]>;
  remove: () => Promise<void>;
}

/** Generates a demo city into a temporary folder and parses every file back with a real CSV parser. */
export async function loadDemoFixture(
  options: { seed?: number; paymentsPerYear?: number; planted?: boolean } = {},
): Promise<DemoFixture> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'demo-city-'));
  const manifest = await generateDemoCity({ outDir: dir, ...options });
  const rows = {} as Record<DemoFeed, Row[]>;
  for (const file of manifest.files) {
    rows[file.feed] = parse<Row>(await readFile(file.path, 'utf8'), { columns: true });
  }
  return { manifest, dir, rows, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Exact fen of a money text with two decimals ("-123.45" → -12345), no floating point. */
export function fen(text: string): number {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a money text with two decimals: ${text}`);
  const value = Number(match[2]) * 100 + Number(match[3]);
  return match[1] ? -value : value;
}

/** Time progress (序时进度) of a date: days elapsed, the date included, over the days of its year. */
export function timeProgress(date: string): number {
  const year = Number(date.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const elapsed = (Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000 + 1;
  return elapsed / ((Date.UTC(year + 1, 0, 1) - start) / 86_400_000);
}

/** Month ends of a year up to a date (inclusive), plus the date itself when it is not a month end. */
export function checkpoints(year: number, through: string): string[] {
  const dates: string[] = [];
  for (let month = 1; month <= 12; month++) {
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    if (end <= through) dates.push(end);
  }
  if (!dates.includes(through)) dates.push(through);
  return dates;
}

/** Sums values by key. */
export function sumBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => number,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(key(item), (sums.get(key(item)) ?? 0) + value(item));
  return sums;
}

/** Groups items by key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
