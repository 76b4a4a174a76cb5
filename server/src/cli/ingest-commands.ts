import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordAudit } from '../auth/audit';
import { detectAfterIngest } from '../detect/detect-after-ingest';
import { findFeed } from '../ingest/feeds/feed-registry';
import type { IngestMode } from '../ingest/ingest-file';
import { runIngest } from '../ingest/ingest-in-worker';
import { deletePreset, listPresets, loadPreset, savePreset } from '../ingest/mapping-preset';
import { printDetection } from './detect-command';
import { usage } from './usage';
import { withPool } from './with-pool';

export async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { preset: { type: 'string' }, mode: { type: 'string', default: 'strict' } },
  });
  const [feedName, ...files] = positionals;
  const feed = feedName ? findFeed(feedName) : undefined;
  if (!feed || files.length === 0) {
    console.error(feed || !feedName ? usage() : `未知的数据接口 / unknown feed: ${feedName}\n${usage()}`);
    return 2;
  }
  if (values.mode !== 'strict' && values.mode !== 'quarantine') {
    console.error(`--mode 只能是 strict 或 quarantine / --mode must be strict or quarantine`);
    return 2;
  }
  const mode: IngestMode = values.mode;
  return withPool(async (pool) => {
    const preset = values.preset ? await loadPreset(pool, values.preset, feed.name) : undefined;
    let failures = 0;
    for (const file of files) {
      const result = await runIngest(pool, { feed, filePath: file, source: 'cli', mode, preset });
      // The CLI runs on the server itself: its operator is the OS account, named in the line.
      await recordAudit(pool, {
        actor: null,
        action: 'ingest.cli',
        target: feed.name,
        details: { file: path.basename(file), batchId: result.batchId, status: result.status, rowsRead: result.rowsRead, osUser: os.userInfo().username },
      });
      const detection = await detectAfterIngest(pool, { feed: feed.name, ...result });
      if (detection) printDetection(detection);
      if (result.status === 'succeeded') {
        console.log(
          `✔ ${file}: ${result.rowsRead} 行/rows — 新增 inserted ${result.rowsInserted}, 更新 updated ${result.rowsUpdated}, ` +
            `未变 unchanged ${result.rowsUnchanged}, 隔离 quarantined ${result.rowsQuarantined} (batch ${result.batchId}, ${result.timings.totalMs} ms)`,
        );
      } else {
        failures++;
        console.error(`✖ ${file}: 未保存任何数据 / nothing stored (batch ${result.batchId})`);
        for (const e of result.fileErrors) console.error(`  ${e.zh} / ${e.en}`);
      }
      for (const e of result.rowErrors.slice(0, 50)) {
        console.error(`  第${e.rowNumber}行 row ${e.rowNumber} ${e.column ?? ''} “${e.value ?? ''}”: ${e.reason.zh} / ${e.reason.en}`);
      }
      if (result.rowsRejected > 50) console.error(`  … 共${result.rowsRejected}行有错误 / ${result.rowsRejected} rows with errors in total`);
      for (const w of result.warnings.slice(0, 10)) console.warn(`  ⚠ ${w.zh} / ${w.en}`);
      if (result.warnings.length > 10) {
        console.warn(`  ⚠ … 另有${result.warnings.length - 10}条引用提示，见导入批次 ${result.batchId} / ${result.warnings.length - 10} more reference warnings in batch ${result.batchId}`);
      }
    }
    return failures === 0 ? 0 : 1;
  });
}

export async function preset(args: string[]): Promise<number> {
  const [action, argument] = args;
  if (action === 'list') {
    return withPool(async (pool) => {
      for (const p of await listPresets(pool)) console.log(`${p.name}\t${p.feed}\t${p.description}`);
      return 0;
    });
  }
  if (action === 'save' && argument) {
    const json: unknown = JSON.parse(await readFile(argument, 'utf8'));
    return withPool(async (pool) => {
      const saved = await savePreset(pool, json as Parameters<typeof savePreset>[1]);
      console.log(`✔ 已保存映射方案 / preset saved: ${saved.name} (${saved.feed})`);
      return 0;
    });
  }
  if (action === 'delete' && argument) {
    return withPool(async (pool) => {
      const deleted = await deletePreset(pool, argument);
      console.log(deleted ? `✔ 已删除 / deleted: ${argument}` : `没有该方案 / no such preset: ${argument}`);
      return deleted ? 0 : 1;
    });
  }
  console.error(usage());
  return 2;
}
