// `npm run docs:rules`: writes docs/rules.md from the rule registry.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/src/env';
import { RULES } from '../server/src/detect/rule-registry';
import { renderRulesDoc } from '../server/src/detect/rules-doc';

const target = path.join(PROJECT_ROOT, 'docs/rules.md');
await writeFile(target, renderRulesDoc(RULES));
console.log(`✔ ${path.relative(PROJECT_ROOT, target)}: ${RULES.length} rules`);
