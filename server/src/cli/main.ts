// `npm run cli -- <command>`: operations for staff and scripts, on the same database the server uses.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '../db/migrate';
import { resolveDatabase } from '../db/resolve-database';
import { parseEnv } from '../env';
import { findFeed, FEEDS } from '../ingest/feeds/feed-registry';
import { ingestFile, type IngestMode } from '../ingest/ingest-file';
import { deletePreset, listPresets, loadPreset, PresetError, savePreset } from '../ingest/mapping-preset';
import { findRule, RULES } from '../detect/rule-registry';
import { runDetection } from '../detect/run-detection';
import { createLogger } from '../logger';

const USAGE = `用法 / usage:
  npm run cli -- ingest <feed> <file…> [--preset NAME] [--mode strict|quarantine]
        导入数据文件（默认整文件成功或全部不导入）/ load feed files (all or nothing per file by default)
  npm run cli -- preset save <preset.json>   保存映射方案 / save a column-mapping preset
  npm run cli -- preset list                 列出映射方案 / list presets
  npm run cli -- preset delete <name>        删除映射方案 / delete a preset
  npm run cli -- detect [--as-of YYYY-MM-DD] [--region CODE] [--rule CODE]
        运行预警规则 / run the anomaly rules (${RULES.map((r) => r.code).join(', ')})
  feeds: ${FEEDS.map((f) => `${f.name} (${f.nameZh})`).join(', ')}`;

/** Runs `work` with a pool on the configured (or embedded) database, migrated. */
async function withPool<T>(work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const env = parseEnv();
  const logger = createLogger(env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL);
  const database = await resolveDatabase(env, logger);
  const pool = new pg.Pool({ connectionString: database.databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  try {
    await applyMigrations(database.databaseUrl, logger);
    return await work(pool);
  } finally {
    await pool.end();
    await database.stop();
  }
}

async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { preset: { type: 'string' }, mode: { type: 'string', default: 'strict' } },
  });
  const [feedName, ...files] = positionals;
  const feed = feedName ? findFeed(feedName) : undefined;
  if (!feed || files.length === 0) {
    console.error(feed || !feedName ? USAGE : `未知的数据接口 / unknown feed: ${feedName}\n${USAGE}`);
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
      const result = await ingestFile(pool, { feed, filePath: file, source: 'cli', mode, preset });
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

async function preset(args: string[]): Promise<number> {
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
  console.error(USAGE);
  return 2;
}

async function detect(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { 'as-of': { type: 'string' }, region: { type: 'string' }, rule: { type: 'string', multiple: true } },
  });
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error('--as-of 须为 YYYY-MM-DD / --as-of must be YYYY-MM-DD');
    return 2;
  }
  if (values.region !== undefined && !/^\d{6}(\d{3}){0,2}$/.test(values.region)) {
    console.error('--region 须为6、9或12位区划代码 / --region must be a 6, 9 or 12 digit region code');
    return 2;
  }
  const unknown = (values.rule ?? []).filter((code) => !findRule(code));
  if (unknown.length > 0) {
    console.error(`未知的规则 / unknown rule: ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  return withPool(async (pool) => {
    const summary = await runDetection(pool, {
      asOf,
      regionCode: values.region,
      ruleCodes: values.rule?.map((code) => findRule(code)!.code),
    });
    console.log(`预警检测 / detection as of ${summary.asOf}`);
    for (const rule of summary.rules) {
      const name = findRule(rule.code)!;
      console.log(
        `  ${rule.code.padEnd(15)} ${name.nameZh}: 发现 found ${rule.found}, 新增 new ${rule.created}, 更新 updated ${rule.updated}, 解除 resolved ${rule.resolved} (${rule.ms} ms)`,
      );
    }
    return 0;
  });
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number>> = { ingest, preset, detect };
const handler = command ? commands[command] : undefined;
if (!handler) {
  console.error(USAGE);
  process.exit(2);
}
try {
  process.exit(await handler(rest));
} catch (error) {
  if (error instanceof PresetError) console.error(`✖ ${error.reason.zh} / ${error.reason.en}`);
  else if (error instanceof SyntaxError) console.error(`✖ 文件不是有效的JSON / not valid JSON: ${error.message}`);
  else if (error instanceof Error && error.name === 'ZodError') console.error(`✖ 映射方案无效 / invalid preset: ${error.message}`);
  else console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
