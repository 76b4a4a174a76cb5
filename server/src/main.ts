import { startApp } from './app/start-app';
import { parseEnv } from './env';
import { createLogger } from './logger';

const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL);
const started = performance.now();

try {
  const app = await startApp(env, logger);
  logger.info({ timings: app.timings, totalMs: Math.round(performance.now() - started) }, 'started');
  console.log(`\n  BudgetWatch 预算联网监督 已启动 / is running at ${app.url}\n  按 Ctrl-C 停止 / press Ctrl-C to stop\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'start-up failed');
  console.error(`\n  启动失败 / start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
