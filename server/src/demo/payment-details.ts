import type { DraftPayment } from './draft';
import { ECON_PROFILES } from './econ-profiles';
import type { Random } from './prng';

const RESERVE_PURPOSES = [
  '动用预备费：防汛抢险应急支出',
  '动用预备费：突发公共卫生事件应急处置',
  '动用预备费：自然灾害救助及灾后恢复',
  '动用预备费：重点民生项目资金缺口',
  '动用预备费：安全生产应急处置',
];

/** Cash only for small sums to people (PAY-CASH flags 20,000 yuan and more). */
const CASH_LIMIT_FEN = 200_000;
/** 公务卡 settles small reimbursable purchases. */
const CARD_LIMIT_FEN = 2_000_000;
const DIRECT_FROM_FEN = 10_000_000;

function monthOf(year: number, day: number): number {
  return new Date(Date.UTC(year, 0, 1 + day)).getUTCMonth() + 1;
}

/**
 * Fills a payment's settlement (transfer, cash for a few small sums to people, official card for
 * small purchases), payment method (direct for wages, capital, subsidies, social insurance and
 * anything from 100,000 yuan; authorized otherwise) and 摘要 in Chinese.
 */
export function describePayment(payment: DraftPayment, random: Random): void {
  const { spec } = payment.line;
  const profile = ECON_PROFILES[spec.econ]!;
  const individual = payment.payee!.individual;
  const amount = payment.amount;

  if (individual) {
    payment.settle =
      amount < CASH_LIMIT_FEN && ['30226', '30306'].includes(spec.econ) && random.chance(0.04) ? 'cash' : 'transfer';
  } else {
    payment.settle = profile.card && amount < CARD_LIMIT_FEN && random.chance(0.45) ? 'card' : 'transfer';
  }
  const directByKind = /^(301|310|312|313)/.test(spec.econ) || spec.book === 'SIF' || spec.reserve === true;
  payment.method =
    payment.settle === 'card' ? 'authorized' : directByKind || amount >= DIRECT_FROM_FEN ? 'direct' : 'authorized';

  const month = monthOf(payment.year, payment.day);
  const template = spec.reserve ? random.pick(RESERVE_PURPOSES) : random.pick(profile.purposes);
  payment.purpose = template
    .replace('{y}', String(payment.year))
    .replace('{m}', String(month))
    .replace('{q}', String(Math.ceil(month / 3)))
    .replace('{p}', spec.label ?? '');
}
