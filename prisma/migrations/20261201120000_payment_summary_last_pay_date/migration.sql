-- The latest payment date of each summed group: when no payment of the as-of month is dated after
-- the as-of date (always so when the as-of date is the latest payment), that month is read from the
-- sums too, and the latest payment date itself comes from the sums, not from a scan of payments.
ALTER TABLE "payment_summary" ADD COLUMN "last_pay_date" DATE;
UPDATE "payment_summary" s SET "last_pay_date" = m.last_pay_date
FROM (
  SELECT extract(year FROM pay_date)::int AS fiscal_year, extract(month FROM pay_date)::smallint AS month, region_code, agency_code,
         COALESCE(line_id, '') AS line_id, func_code, econ_code, book, max(pay_date) AS last_pay_date
  FROM "payments" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
) m
WHERE s.fiscal_year = m.fiscal_year AND s.month = m.month AND s.region_code = m.region_code AND s.agency_code = m.agency_code
  AND s.line_id = m.line_id AND s.func_code = m.func_code AND s.econ_code = m.econ_code AND s.book = m.book;
ALTER TABLE "payment_summary" ALTER COLUMN "last_pay_date" SET NOT NULL;
-- "Is any payment of the as-of month dated after the as-of date?" and "the latest payment date"
-- are range probes on this index instead of scans of the sums.
CREATE INDEX "payment_summary_last_pay_date_idx" ON "payment_summary"("last_pay_date");
