import Decimal from 'decimal.js';
import { z } from 'zod';
import { yuanText } from '../../format';
import { daysBetween, inputDates, type Finding, type RuleDescriptor } from '../../rule-descriptor';

interface SameAmountPayment {
  voucher_no: string;
  pay_date: string;
  region_code: string;
  agency_code: string;
  payee_name: string;
  amount: string;
}

/** A repeat counts when paid at most this many days after the payment it repeats. */
const WINDOW_DAYS = 3;

/**
 * PAY-DUP: the same agency pays the same payee (payee_name) the same positive amount twice within
 * 3 days. Each positive payment with an earlier one of the same agency, payee and amount at most 3
 * days before it (the nearest such, ties by voucher number) is a repeat, keyed by its own voucher.
 * A reversal (冲销) cancels one repeat: a negative payment of the same agency and payee with the
 * opposite amount, dated on or after the earlier payment of the pair and up to the as-of date, whatever
 * its voucher number. Reversals are matched to repeats in date order, each to the earliest
 * unmatched reversal it can take, so two repeats need two reversals. Value = the amount; threshold 0.
 * An incremental run reads repeats from 6 days before its window, so a reversal that an older repeat
 * of the same agency, payee and amount took in a full run may cancel a repeat in scope instead (rare).
 */
export const payDuplicate: RuleDescriptor<Record<string, never>> = {
  code: 'PAY-DUP',
  version: 1,
  nameZh: '疑似重复支付',
  nameEn: 'Suspected duplicate payment',
  category: 'payments',
  entityType: 'payment',
  description: {
    zh: '同一单位3天内向同一收款人支付相同金额（不同凭证），且未被相反金额的冲销抵消；以后一笔凭证号标识',
    en: 'One agency pays one payee the same amount twice within 3 days (different vouchers), not cancelled by a reversal of the opposite amount; keyed by the later voucher',
  },
  basis: 'RULES.md (3-day window); a duplicate is a control failure whatever its amount',
  params: z.object({}).strict(),
  defaults: {},
  feeds: ['payments'],
  grain: 'day',
  marginDays: WINDOW_DAYS,
  async compute(context) {
    // A repeat in scope (window ± 3 days) pairs with a payment up to 3 days earlier; reversals count up to asOf.
    const dates = inputDates(context, 2 * WINDOW_DAYS, WINDOW_DAYS);
    // One pass, one sort: per agency, payee and size (|amount|) in date order, the positive payments
    // with a neighbour (of either sign) at most 3 days away (every payment of a pair within 3 days
    // has one), and every reversal; the pairs are formed in JS from these few rows.
    const result = await context.db.query<SameAmountPayment>(
      `WITH sized AS (
         SELECT voucher_no, pay_date, region_code, agency_code, payee_name, amount,
                lag(pay_date) OVER same AS previous_date, lead(pay_date) OVER same AS next_date
         FROM payments
         WHERE amount <> 0 AND pay_date BETWEEN $1 AND $2 AND (amount < 0 OR pay_date <= $3)
           AND ($4::text[] IS NULL OR region_code = ANY($4))
         WINDOW same AS (PARTITION BY abs(amount), agency_code, payee_name, region_code ORDER BY pay_date, voucher_no)
       )
       SELECT voucher_no, pay_date::text, region_code, agency_code, payee_name, amount::text FROM sized
       WHERE amount < 0 OR pay_date - previous_date <= $5 OR next_date - pay_date <= $5
       ORDER BY region_code, agency_code, payee_name, abs(amount), pay_date, voucher_no`,
      [dates.from, context.asOf, dates.to, context.regions, WINDOW_DAYS],
    );
    const groups = new Map<string, SameAmountPayment[]>();
    for (const row of result.rows) {
      const key = `${row.region_code}|${row.agency_code}|${row.payee_name}|${new Decimal(row.amount).abs().toFixed(2)}`;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return [...groups.values()].flatMap(uncancelledRepeats);
  },
};

/** The repeats of one agency, payee and size (rows in date and voucher order) that no reversal cancels. */
function uncancelledRepeats(rows: readonly SameAmountPayment[]): Finding[] {
  const positives = rows.filter((row) => new Decimal(row.amount).gt(0));
  const reversals = rows.filter((row) => new Decimal(row.amount).lt(0)).map((row) => ({ row, used: false }));
  const findings: Finding[] = [];
  for (let i = 1; i < positives.length; i++) {
    const earlier = positives[i - 1]!;
    const later = positives[i]!;
    if (daysBetween(earlier.pay_date, later.pay_date) > WINDOW_DAYS) continue;
    const reversal = reversals.find((r) => !r.used && r.row.pay_date >= earlier.pay_date);
    if (reversal) {
      reversal.used = true;
      continue;
    }
    findings.push(duplicateFinding(earlier, later));
  }
  return findings;
}

function duplicateFinding(earlier: SameAmountPayment, later: SameAmountPayment): Finding {
  const days = daysBetween(earlier.pay_date, later.pay_date);
  return {
    severity: 'red',
    regionCode: later.region_code,
    entityType: 'payment',
    entityKey: later.voucher_no,
    period: later.pay_date,
    value: later.amount,
    threshold: '0',
    evidence: {
      vouchers: [earlier.voucher_no, later.voucher_no],
      dates: [earlier.pay_date, later.pay_date],
      daysApart: days,
      amount: later.amount,
      agencyCode: later.agency_code,
      payee: later.payee_name,
    },
    explanation: {
      zh: `单位${later.agency_code}向“${later.payee_name}”支付${yuanText(later.amount)}元（凭证${later.voucher_no}，${later.pay_date}），与${days === 0 ? '同日' : `${days}天前`}凭证${earlier.voucher_no}金额相同，且未见冲销，疑似重复支付`,
      en: `agency ${later.agency_code} paid "${later.payee_name}" ${later.amount} yuan (voucher ${later.voucher_no}, ${later.pay_date}), the same amount as voucher ${earlier.voucher_no} ${days === 0 ? 'the same day' : `${days} day(s) earlier`}, with no reversal`,
    },
  };
}
