import type { Lang } from '../shared/i18n/lang';
import { debtText } from './debt-translate';
import type { WarningLine } from './debt.types';
import { linePercent } from '../shared/format/percent-text';

/** A rule's rungs in a sentence: "预警线：橙 ≥ 100% · 红 ≥ 120%". */
export function linesText(lines: readonly WarningLine[], lang: Lang): string {
  const rungs = lines.map((line) =>
    debtText(lang, 'debt.line', {
      severity: debtText(lang, `debt.lineShort.${line.severity}`),
      value: linePercent(line.ratio),
    }),
  );
  return debtText(lang, 'debt.lines', { lines: rungs.join(' · ') });
}
