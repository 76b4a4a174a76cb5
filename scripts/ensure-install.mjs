// Brings a checkout up to date before start or test: installs dependencies when package.json or
// the lockfile changed, generates the Prisma client when the schema changed, and (with --client)
// builds the Angular app when its sources changed. Each step is skipped when its inputs' hash
// matches the stamp it left last time, so a later start costs milliseconds.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROOT, bin, hashInputs, readStamp, runOrExit, writeStamp } from './lib.mjs';

const PRISMA_ENV = {
  ...process.env,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  // The client generator needs no native engine; this stops Prisma fetching one (shared/STACK.md).
  PRISMA_QUERY_ENGINE_LIBRARY: path.join(ROOT, 'package.json'),
};

export async function ensureDependencies() {
  const stampFile = 'node_modules/.budgetwatch-install';
  const wanted = hashInputs(['package.json', 'package-lock.json']);
  if (existsSync(path.join(ROOT, 'node_modules')) && readStamp(stampFile) === wanted) return;
  console.log('• 安装依赖 / installing dependencies (npm install)…');
  // `npm install`, not `npm ci`: a lockfile written here lacks other platforms' optional packages.
  await runOrExit('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  writeStamp(stampFile, hashInputs(['package.json', 'package-lock.json']));
}

export async function ensurePrismaClient() {
  const stampFile = 'server/src/generated/.schema-hash';
  const wanted = hashInputs(['prisma/schema.prisma', 'package-lock.json']);
  if (existsSync(path.join(ROOT, 'server/src/generated/prisma/client.ts')) && readStamp(stampFile) === wanted) return;
  console.log('• 生成 Prisma 客户端 / generating the Prisma client…');
  await runOrExit(process.execPath, [path.join(ROOT, 'node_modules/prisma/build/index.js'), 'generate'], { env: PRISMA_ENV });
  writeStamp(stampFile, wanted);
}

export async function ensureClientBuild() {
  const stampFile = 'dist/client/.build-hash';
  const wanted = hashInputs(['client', 'angular.json', 'tsconfig.json', 'package-lock.json', 'server/src/trpc', 'server/src/shared']);
  if (existsSync(path.join(ROOT, 'dist/client/browser/index.html')) && readStamp(stampFile) === wanted) return;
  console.log('• 构建前端 / building the Angular app…');
  await runOrExit(bin('ng'), ['build', '--configuration', 'production'], { env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
  writeStamp(stampFile, wanted);
}

export async function ensureAll({ client }) {
  await ensureDependencies();
  await ensurePrismaClient();
  if (client) await ensureClientBuild();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureAll({ client: process.argv.includes('--client') });
}
