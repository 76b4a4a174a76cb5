import chineseDays from 'chinese-days';
import { z } from 'zod';
import { yuanText } from '../../format';
import { inputDates, type DateWindow, type RuleDescriptor } from '../../rule-descriptor';

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
 * rest day all the same. Value = the amount; threshold 0. One pass over the payments: those dated on
 * a weekend or on one of the statutory holidays in range (listed in JS, passed as a date[]), less
 * the make-up working days among them.
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
    // One pass: the payments on a weekend or a statutory holiday; the make-up working days (调休上班日)
    // among the weekend days are dropped below.
    const result = await context.db.query<HolidayPayment>(
      `SELECT voucher_no, pay_date::text, region_code, agency_code, payee_name, amount::text FROM payments
       WHERE pay_date BETWEEN $1 AND $2 AND ($3::text[] IS NULL OR region_code = ANY($3))
         AND (extract(isodow FROM pay_date) >= 6 OR pay_date = ANY($4::date[]))
       ORDER BY pay_date, voucher_no`,
      [dates.from, dates.to, context.regions, statutoryHolidays(dates)],
    );
    const restDays = new Map<string, { zh: string; en: string } | null>();
    return result.rows.flatMap((row) => {
      let day = restDays.get(row.pay_date);
      if (day === undefined) {
        day = chineseDays.isWorkday(row.pay_date) ? null : restDayName(row.pay_date);
        restDays.set(row.pay_date, day);
      }
      if (!day) return [];
      return [
        {
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
        },
      ];
    });
  },
};

/**
 * The first year of the State Council holiday notices that chinese-days holds (its calendar starts
 * in 2004); before it the package knows only weekends, so there is no statutory holiday to list.
 */
export const FIRST_HOLIDAY_YEAR = 2004;

const holidaysByYear = new Map<number, readonly string[]>();

/** The statutory holidays (weekday or not) of chinese-days' calendar within a date range, for the SQL pre-filter. */
export function statutoryHolidays(range: DateWindow): string[] {
  const first = Math.max(Number(range.from.slice(0, 4)), FIRST_HOLIDAY_YEAR);
  const holidays: string[] = [];
  for (let year = first; year <= Number(range.to.slice(0, 4)); year++) {
    let ofYear = holidaysByYear.get(year);
    if (!ofYear) {
      ofYear = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false);
      holidaysByYear.set(year, ofYear);
    }
    holidays.push(...ofYear.filter((date) => date >= range.from && date <= range.to));
  }
  return holidays;
}
