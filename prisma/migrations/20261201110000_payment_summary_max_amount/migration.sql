-- The largest single payment of each summed group: "was this line ever drawn on" (a positive
-- payment, EXE-IDLE) without reading the payments themselves.
ALTER TABLE "payment_summary" ADD COLUMN "max_amount" DECIMAL(18,2);
UPDATE "payment_summary" s SET "max_amount" = m.max_amount
FROM (
  SELECT extract(year FROM pay_date)::int AS fiscal_year, extract(month FROM pay_date)::smallint AS month, region_code, agency_code,
         COALESCE(line_id, '') AS line_id, func_code, econ_code, book, max(amount) AS max_amount
  FROM "payments" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
) m
WHERE s.fiscal_year = m.fiscal_year AND s.month = m.month AND s.region_code = m.region_code AND s.agency_code = m.agency_code
  AND s.line_id = m.line_id AND s.func_code = m.func_code AND s.econ_code = m.econ_code AND s.book = m.book;
ALTER TABLE "payment_summary" ALTER COLUMN "max_amount" SET NOT NULL;
