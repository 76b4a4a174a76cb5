import { recordAudit } from '../auth/audit';
import { detectAfterIngest } from '../detect/detect-after-ingest';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { z } from 'zod';
import type { Logger } from '../logger';
import { FEEDS } from './feeds/feed-registry';
import type { FeedDescriptor } from './feeds/feed-descriptor';
import type { IngestResult } from './ingest-file';
import { runIngest } from './ingest-in-worker';
import { ingestModeSchema, presetNameSchema } from './ingest.schemas';
import { loadPreset, PresetError, type MappingPreset } from './mapping-preset';

/** Optional `inbox/<feed>/inbox.json`: how files dropped for this feed are read. */
const inboxSettingsSchema = z.object({ preset: presetNameSchema.optional(), mode: ingestModeSchema.default('strict') }).strict();
export const INBOX_SETTINGS_FILE = 'inbox.json';

/** Files still being written, hidden files and our own folders are left alone. */
const IGNORED = /^\.|\.(part|tmp|crdownload|filepart)$|^inbox\.json$/i;

export interface InboxReport {
  file: string;
  feed: string;
  finishedAt: string;
  status: 'succeeded' | 'failed';
  batchId: string | null;
  result: Omit<IngestResult, 'rowErrors'> | null;
  rowErrors: IngestResult['rowErrors'];
  problem: { zh: string; en: string } | null;
}

/**
 * The nightly feed's door: a file dropped in `<inbox>/<feed>/` is loaded once, through the same
 * pipeline as every other way in, then moved to `<feed>/done/` or `<feed>/failed/` next to a
 * `<file>.report.json` (counts, errors, warnings, batch id). A file is taken only when its size and
 * modification time have not changed between two scans, so a copy in progress is never read half.
 * A process stopped mid-load leaves the file in place; the next start loads it again (the
 * interrupted batch rolled back, so nothing is stored twice).
 */
export class InboxWatcher {
  private timer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  private readonly seen = new Map<string, string>();
  private stopped = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: { inboxDir: string; logger: Logger; pollMs: number },
  ) {}

  /** Creates the feed folders and starts polling. */
  async start(): Promise<void> {
    for (const feed of FEEDS) {
      for (const sub of ['', 'done', 'failed']) await mkdir(path.join(this.options.inboxDir, feed.name, sub), { recursive: true });
    }
    const tick = () => {
      if (this.stopped) return;
      this.scanning = this.scan({ polling: true })
        .then(() => undefined)
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'inbox scan failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.options.pollMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops polling and waits for a load in progress to end. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.scanning;
  }

  /**
   * One pass over every feed folder; loads the files that were already there, unchanged, last time.
   * A polling pass ends early once the watcher is stopped (the rest waits for the next start).
   */
  async scan(options: { polling?: boolean } = {}): Promise<InboxReport[]> {
    const reports: InboxReport[] = [];
    for (const feed of FEEDS) {
      const dir = path.join(this.options.inboxDir, feed.name);
      if (!existsSync(dir)) continue;
      const entries = await readdir(dir, { withFileTypes: true });
      for (const entry of entries.filter((e) => e.isFile() && !IGNORED.test(e.name)).sort((a, b) => a.name.localeCompare(b.name))) {
        if (options.polling && this.stopped) return reports;
        const file = path.join(dir, entry.name);
        const info = await stat(file).catch(() => undefined);
        if (!info) continue;
        const signature = `${info.size}:${info.mtimeMs}`;
        if (this.seen.get(file) !== signature) {
          this.seen.set(file, signature);
          continue;
        }
        this.seen.delete(file);
        reports.push(await this.load(feed, dir, entry.name));
      }
    }
    return reports;
  }

  private async load(feed: FeedDescriptor, dir: string, name: string): Promise<InboxReport> {
    const file = path.join(dir, name);
    const report: InboxReport = { file: name, feed: feed.name, finishedAt: '', status: 'failed', batchId: null, result: null, rowErrors: [], problem: null };
    try {
      const settings = await this.settings(dir);
      const preset: MappingPreset | undefined = settings.preset ? await loadPreset(this.pool, settings.preset, feed.name) : undefined;
      const result = await runIngest(this.pool, { feed, filePath: file, fileName: name, source: 'inbox', mode: settings.mode, preset, logger: this.options.logger });
      await recordAudit(this.pool, {
        actor: null,
        action: 'ingest.inbox',
        target: feed.name,
        details: { file: name, batchId: result.batchId, status: result.status, rowsRead: result.rowsRead },
      });
      await detectAfterIngest(this.pool, { feed: feed.name, ...result }, this.options.logger);
      const { rowErrors, ...summary } = result;
      Object.assign(report, { status: result.status, batchId: result.batchId, result: summary, rowErrors });
    } catch (error) {
      report.problem =
        error instanceof PresetError
          ? error.reason
          : error instanceof InboxSettingsError
            ? error.reason
            : { zh: '导入失败，未保存任何数据', en: 'the load failed and nothing was stored' };
      if (!(error instanceof PresetError || error instanceof InboxSettingsError)) this.options.logger.error({ err: error, file }, 'inbox load failed');
    }
    report.finishedAt = new Date().toISOString();
    const target = path.join(dir, report.status === 'succeeded' ? 'done' : 'failed');
    const stamped = `${report.finishedAt.replace(/[:.]/g, '-')}_${name}`;
    await writeFile(path.join(target, `${stamped}.report.json`), JSON.stringify(report, null, 2));
    await rename(file, path.join(target, stamped));
    this.options.logger.info({ feed: feed.name, file: name, status: report.status, batchId: report.batchId }, 'inbox file loaded');
    return report;
  }

  private async settings(dir: string): Promise<z.infer<typeof inboxSettingsSchema>> {
    const file = path.join(dir, INBOX_SETTINGS_FILE);
    if (!existsSync(file)) return { mode: 'strict' };
    try {
      return inboxSettingsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      throw new InboxSettingsError();
    }
  }
}

class InboxSettingsError extends Error {
  readonly reason = {
    zh: `收件箱设置文件 ${INBOX_SETTINGS_FILE} 无效：应为 {"preset": "方案名", "mode": "strict" 或 "quarantine"}`,
    en: `the inbox settings file ${INBOX_SETTINGS_FILE} is invalid: expected {"preset": "name", "mode": "strict" or "quarantine"}`,
  };
}
