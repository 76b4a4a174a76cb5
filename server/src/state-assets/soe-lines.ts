import Decimal from 'decimal.js';
import type pg from 'pg';
import type { Indicator } from '../detect/warning-lines.schemas';
import { paramsInForce } from '../detect/rule-params-in-force';
import { indicator, ratioText, type Rung } from '../detect/warning-lines';
import { percentOf } from '../detect/percent';
import type { Severity } from '../detect/rule-descriptor';
import { soeDividend } from '../detect/rules/state-assets/soe-dividend';
import { soeLeverage } from '../detect/rules/state-assets/soe-leverage';
import { soeLoss } from '../detect/rules/state-assets/soe-loss';
import { soePreserve } from '../detect/rules/state-assets/soe-preserve';

/** The four SOE rules' parameters for a region; their rule files hold the numbers. */
export interface SoeLines {
  leverage: typeof soeLeverage.defaults;
  loss: typeof soeLoss.defaults;
  preserve: typeof soePreserve.defaults;
  dividend: typeof soeDividend.defaults;
}

export const SOE_DEFAULT_LINES: SoeLines = {
  leverage: soeLeverage.defaults,
  loss: soeLoss.defaults,
  preserve: soePreserve.defaults,
  dividend: soeDividend.defaults,
};

/** The SOE rules' parameters in force for each of the regions. */
export async function soeLinesInForce(
  pool: pg.Pool,
  regionCodes: readonly string[],
): Promise<(regionCode: string) => SoeLines> {
  const [leverage, loss, preserve, dividend] = await Promise.all([
    paramsInForce(pool, soeLeverage, regionCodes),
    paramsInForce(pool, soeLoss, regionCodes),
    paramsInForce(pool, soePreserve, regionCodes),
    paramsInForce(pool, soeDividend, regionCodes),
  ]);
  return (code) => ({ leverage: leverage(code), loss: loss(code), preserve: preserve(code), dividend: dividend(code) });
}

/** SOE-LEVERAGE's ladder for an industry class: the warning line (yellow), then the key-supervision line (red). */
export function leverageRungs(lines: SoeLines['leverage'], industrial: boolean): Rung[] {
  return industrial
    ? [
        ['yellow', lines.industrialWarning],
        ['red', lines.industrialKey],
      ]
    : [
        ['yellow', lines.nonIndustrialWarning],
        ['red', lines.nonIndustrialKey],
      ];
}

/** 资产负债率 at or past the class's lines, as SOE-LEVERAGE compares it; no ratio without assets. */
export function leverageIndicator(
  liabilities: string,
  assets: string,
  industrial: boolean,
  lines: SoeLines['leverage'],
): Indicator {
  return indicator(liabilities, assets, leverageRungs(lines, industrial));
}

/** 保值增值率 strictly below SOE-PRESERVE's ratio (yellow); truncated, so a rate under the line never reads as on it. */
export function preservationIndicator(
  capital: string | null,
  base: string | null,
  lines: SoeLines['preserve'],
): Indicator {
  if (capital === null || base === null || !new Decimal(base).gt(0)) return { value: null, severity: null };
  const percent = percentOf(capital, base)!;
  return { value: ratioText(percent), severity: percent.lt(lines.ratio) ? 'yellow' : null };
}

/**
 * The unpaid share of state capital revenue due, strictly past SOE-DIVIDEND's shortfall (orange).
 * Rounded up to 6 decimals, as the rule shows a "more than" finding, so a share past the line never
 * reads as on it; null where nothing is due.
 */
export function unpaidIndicator(due: string | null, paid: string | null, lines: SoeLines['dividend']): Indicator {
  if (due === null || paid === null || !new Decimal(due).gt(0)) return { value: null, severity: null };
  const percent = percentOf(new Decimal(due).minus(paid), due)!;
  const value = percent.dividedBy(100).toDecimalPlaces(6, Decimal.ROUND_UP).toFixed(6);
  return { value, severity: percent.gt(lines.shortfall) ? 'orange' : null };
}

/** SOE-LOSS's severity once the annual losses in a row reach its count. */
export function lossSeverity(lossYears: number, lines: SoeLines['loss']): Severity | null {
  return lossYears >= lines.consecutiveYears ? 'orange' : null;
}
