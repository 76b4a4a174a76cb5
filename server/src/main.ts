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
  if (app.initialAdmin) {
    // Printed once, never logged: the only place this password ever appears.
    console.log(
      `  首次启动：已创建管理员账号 / first start: administrator account created\n` +
        `    用户名 / username: ${app.initialAdmin.username}\n` +
        `    一次性密码 / one-time password: ${app.initialAdmin.password}\n` +
        `  首次登录后须修改密码。遗失时用 \`npm run cli -- users reset-password ${app.initialAdmin.username}\` 重设 / ` +
        `change it at first sign-in; if lost, reset it with \`npm run cli -- users reset-password ${app.initialAdmin.username}\`\n`,
    );
  }

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
