// `npm run cli -- <command>`: operations for staff and scripts, on the same database the server uses.
import { PresetError } from '../ingest/mapping-preset';
import { AppError } from '../trpc/app-error';
import { detect } from './detect-command';
import { exportCommand } from './export-command';
import { ingest, preset } from './ingest-commands';
import { rules } from './rules-command';
import { users } from './users-command';
import { usage } from './usage';

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number>> = { ingest, preset, detect, rules, users, export: exportCommand };
const handler = command ? commands[command] : undefined;
if (!handler) {
  console.error(usage());
  process.exit(2);
}
try {
  process.exit(await handler(rest));
} catch (error) {
  if (error instanceof PresetError) console.error(`✖ ${error.reason.zh} / ${error.reason.en}`);
  else if (error instanceof AppError) console.error(`✖ ${error.messageZh} / ${error.messageEn}`);
  else if (error instanceof SyntaxError) console.error(`✖ 文件不是有效的JSON / not valid JSON: ${error.message}`);
  else if (error instanceof Error && error.name === 'ZodError') console.error(`✖ 映射方案无效 / invalid preset: ${error.message}`);
  else console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
