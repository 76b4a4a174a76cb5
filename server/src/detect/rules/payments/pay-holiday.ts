import chineseDays from 'chinese-days';
import { z } from 'zod';
import { yuanText } from '../../format';
import { inputDates, type RuleDescriptor } from '../../rule-descriptor';

interface HolidayPayment {
  voucher_no: string;
  pay_date: string;
  region_code: string;
  agency_code: string;
  payee_name: string;
  amount: string;
}

const WEEKDAYS_ZH: Record<string, string> = { Saturday: '星期六', Sunday: '星期日' };

/**
 * Why a date is not a working day, from chinese-days' day detail: a statutory holiday is named
 * "English,中文,days" (e.g. "National Day,国庆节,3"), a weekend day by its English weekday name.
 */
export function restDayName(date: string): { zh: string; en: string } {
  const { name } = chineseDays.getDayDetail(date);
  const [en = name, zh] = name.split(',');
  if (zh) return { zh, en };
  return { zh: `周末（${WEEKDAYS_ZH[en] ?? en}）`, en: `a weekend (${en})` };
}

/**
 * PAY-HOLIDAY: a payment dated on a day that is not a PRC working day — a weekend or a statutory
 * holiday, unless it is an official make-up working day (调休上班日) — by the State Council calendar
 * as kept by the `chinese-days` package (years it does not cover yet fall back to plain weekends).
 * Every payment on such a day is flagged, a reversal too: it is a treasury transaction processed on a
 * rest day all the same. Value = the amount; threshold 0.
 */
export const payHoliday: RuleDescriptor<Record<string, never>> = {
  code: 'PAY-HOLIDAY',
  version: 1,
  nameZh: '节假日支付',
  nameEn: 'Payment on a public holiday',
  category: 'payments',
  entityType: 'payment',
  description: {
    zh: '支付日期为周末或法定节假日，且不是国务院公布的调休上班日（含冲销）',
    en: 'The payment date is a weekend or a statutory holiday and not an official make-up working day (reversals included)',
  },
  basis: '国务院办公厅 annual notice on public holidays (via the chinese-days package)',
  params: z.object({}).strict(),
  defaults: {},
  feeds: ['payments'],
  grain: 'day',
  marginDays: 0,
  async compute(context) {
    const dates = inputDates(context, 0, 0);
    const distinct = await context.db.query<{ pay_date: string }>(
      `SELECT DISTINCT pay_date::text FROM payments
       WHERE pay_date BETWEEN $1 AND $2 AND ($3::text[] IS NULL OR region_code = ANY($3))`,
      [dates.from, dates.to, context.regions],
    );
    const restDays = distinct.rows.map((r) => r.pay_date).filter((date) => !chineseDays.isWorkday(date));
    if (restDays.length === 0) return [];
    const result = await context.db.query<HolidayPayment>(
      `SELECT voucher_no, pay_date::text, region_code, agency_code, payee_name, amount::text FROM payments
       WHERE pay_date = ANY($1::date[]) AND ($2::text[] IS NULL OR region_code = ANY($2))
       ORDER BY pay_date, voucher_no`,
      [restDays, context.regions],
    );
    const names = new Map(restDays.map((date) => [date, restDayName(date)]));
    return result.rows.map((row) => {
      const day = names.get(row.pay_date)!;
      return {
        severity: 'yellow' as const,
        regionCode: row.region_code,
        entityType: 'payment',
        entityKey: row.voucher_no,
        period: row.pay_date,
        value: row.amount,
        threshold: '0',
        evidence: {
          vouchers: [row.voucher_no],
          agencyCode: row.agency_code,
          payee: row.payee_name,
          amount: row.amount,
          restDay: day.zh,
        },
        explanation: {
          zh: `凭证${row.voucher_no}于${row.pay_date}（${day.zh}）支付${yuanText(row.amount)}元，该日为非工作日`,
          en: `voucher ${row.voucher_no} pays ${row.amount} yuan on ${row.pay_date}, ${day.en}, not a working day`,
        },
      };
    });
  },
};
