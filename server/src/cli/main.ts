// `npm run cli -- <command>`: operations for staff and scripts, on the same database the server uses.
import pg from 'pg';
import { applyMigrations } from '../db/migrate';
import { resolveDatabase } from '../db/resolve-database';
import { parseEnv } from '../env';
import { findFeed, FEEDS } from '../ingest/feeds/feed-registry';
import { ingestFile } from '../ingest/ingest-file';
import { createLogger } from '../logger';

const USAGE = `用法 / usage:
  npm run cli -- ingest <feed> <file…>    load feed files (all or nothing per file)
  feeds: ${FEEDS.map((f) => `${f.name} (${f.nameZh})`).join(', ')}`;

async function ingest(args: string[]): Promise<number> {
  const [feedName, ...files] = args;
  const feed = feedName ? findFeed(feedName) : undefined;
  if (!feed || files.length === 0) {
    console.error(feed ? USAGE : `未知的数据接口 / unknown feed: ${feedName ?? ''}\n${USAGE}`);
    return 2;
  }
  const env = parseEnv();
  const logger = createLogger(env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL);
  const database = await resolveDatabase(env, logger);
  const pool = new pg.Pool({ connectionString: database.databaseUrl, max: 2 });
  let failures = 0;
  try {
    await applyMigrations(database.databaseUrl, logger);
    for (const file of files) {
      const result = await ingestFile(pool, { feed, filePath: file, source: 'cli' });
      if (result.status === 'succeeded') {
        console.log(`✔ ${file}: ${result.rowsRead} 行/rows — 新增 inserted ${result.rowsInserted}, 更新 updated ${result.rowsUpdated}, 未变 unchanged ${result.rowsUnchanged} (batch ${result.batchId})`);
      } else {
        failures++;
        console.error(`✖ ${file}: 未保存任何数据 / nothing stored (batch ${result.batchId})`);
        for (const e of result.fileErrors) console.error(`  ${e.zh} / ${e.en}`);
        for (const e of result.rowErrors.slice(0, 50)) {
          console.error(`  第${e.rowNumber}行 row ${e.rowNumber} ${e.column ?? ''} “${e.value ?? ''}”: ${e.reason.zh} / ${e.reason.en}`);
        }
        if (result.rowsRejected > 50) console.error(`  … ${result.rowsRejected} 行有错误 / rows with errors in total`);
      }
    }
  } finally {
    await pool.end();
    await database.stop();
  }
  return failures === 0 ? 0 : 1;
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number>> = { ingest };
const handler = command ? commands[command] : undefined;
if (!handler) {
  console.error(USAGE);
  process.exit(2);
}
process.exit(await handler(rest));
