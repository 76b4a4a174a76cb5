import { generateDemoCity } from './generate-demo-city';

// `npx tsx server/src/demo/cli.ts <outDir> [seed] [paymentsPerYear]`: writes the demo city's feed files.
const [outDir, seed, paymentsPerYear] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: npx tsx server/src/demo/cli.ts <outDir> [seed] [paymentsPerYear]');
  process.exit(2);
}
const started = performance.now();
const manifest = await generateDemoCity({
  outDir,
  ...(seed ? { seed: Number(seed) } : {}),
  ...(paymentsPerYear ? { paymentsPerYear: Number(paymentsPerYear) } : {}),
});
for (const file of manifest.files)
  console.log(`${file.feed.padEnd(16)} ${String(file.rows).padStart(8)}  ${file.path}`);
console.log(`seed ${manifest.seed}, as of ${manifest.asOf}, ${Math.round(performance.now() - started)} ms`);
