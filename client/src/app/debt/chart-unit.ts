import { pickAmountUnit, type AmountUnit } from '../shared/format/format-amount';

/** 亿元 once any amount reaches 1 亿, else 万元: one unit for a whole chart, so that its bars compare. */
export function chartUnit(amounts: readonly (string | null)[]): AmountUnit {
  return amounts.some((amount) => amount !== null && pickAmountUnit(amount) === 'yi') ? 'yi' : 'wan';
}
