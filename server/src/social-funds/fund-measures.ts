import Decimal from 'decimal.js';
import { percentOf } from '../detect/percent';
import type { ReserveLevel } from './social-funds.schemas';

/** Wide enough that balance × months (up to 18 digits × 12) is never rounded. */
const Exact = Decimal.clone({ precision: 60 });

/*
 * The page's measures of a social insurance fund, compared exactly as the social fund rules do
 * (detect/rules/social-funds: SIF-MONTHS, SIF-DEFICIT), so that a flag on the page and an alert
 * never disagree on the same figures.
 */

export interface ReservePosition {
  averageExpenditure: string | null;
  monthsAveraged: number;
  monthsPayable: string | null;
  reserveLevel: ReserveLevel;
}

/**
 * 累计结余可支付月数 (SIF-MONTHS): the balance over the average monthly expenditure of the months
 * loaded among the last twelve, i.e. balance × months / spent. Strictly below `redBelow` months is
 * red, below `yellowBelow` yellow; nothing spent in the window has no months and no level. Shown
 * rounded down, so 8.999 months reads 8.99 and never seems to reach the line it is below.
 */
export function reservePosition(
  balance: string,
  spent: string,
  monthsAveraged: number,
  lines: { yellowBelow: number; redBelow: number },
): ReservePosition {
  const averageExpenditure = monthsAveraged > 0 ? new Decimal(spent).div(monthsAveraged).toFixed(2) : null;
  if (monthsAveraged === 0 || !new Decimal(spent).gt(0)) {
    return { averageExpenditure, monthsAveraged, monthsPayable: null, reserveLevel: 'none' };
  }
  const payable = percentOf(new Exact(balance).times(monthsAveraged), spent)!.div(100);
  const reserveLevel: ReserveLevel = payable.lt(lines.redBelow)
    ? 'red'
    : payable.lt(lines.yellowBelow)
      ? 'yellow'
      : 'normal';
  return {
    averageExpenditure,
    monthsAveraged,
    monthsPayable: payable.toDecimalPlaces(2, Decimal.ROUND_FLOOR).toFixed(2),
    reserveLevel,
  };
}

/** SIF-DEFICIT 当期收不抵支: income below expenditure over the same months, exactly. */
export function isDeficit(income: string, expenditure: string): boolean {
  return new Decimal(income).lt(expenditure);
}
