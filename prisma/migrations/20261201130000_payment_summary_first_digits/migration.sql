-- First-digit counts of each summed group's payments of 10 yuan or more (PAY-BENFORD's default
-- minAmount): the Benford rule reads these instead of a year of payments.
ALTER TABLE "payment_summary"
  ADD COLUMN "first_digit_1" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "first_digit_2" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "first_digit_3" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "first_digit_4" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "first_digit_5" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "first_digit_6" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "first_digit_7" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "first_digit_8" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "first_digit_9" INTEGER NOT NULL DEFAULT 0;
UPDATE "payment_summary" s SET "first_digit_1" = m.first_digit_1, "first_digit_2" = m.first_digit_2, "first_digit_3" = m.first_digit_3, "first_digit_4" = m.first_digit_4, "first_digit_5" = m.first_digit_5, "first_digit_6" = m.first_digit_6, "first_digit_7" = m.first_digit_7, "first_digit_8" = m.first_digit_8, "first_digit_9" = m.first_digit_9
FROM (
  SELECT extract(year FROM pay_date)::int AS fiscal_year, extract(month FROM pay_date)::smallint AS month, region_code, agency_code,
         COALESCE(line_id, '') AS line_id, func_code, econ_code, book,
         count(*) FILTER (WHERE amount >= 10 AND left(amount::text, 1) = '1')::int AS first_digit_1,
         count(*) FILTER (WHERE amount >= 10 AND left(amount::text, 1) = '2')::int AS first_digit_2,
         count(*) FILTER (WHERE amount >= 10 AND left(amount::text, 1) = '3')::int AS first_digit_3,
         count(*) FILTER (WHERE amount >= 10 AND left(amount::text, 1) = '4')::int AS first_digit_4,
         count(*) FILTER (WHERE amount >= 10 AND left(amount::text, 1) = '5')::int AS first_digit_5,
         count(*) FILTER (WHERE amount >= 10 AND left(amount::text, 1) = '6')::int AS first_digit_6,
         count(*) FILTER (WHERE amount >= 10 AND left(amount::text, 1) = '7')::int AS first_digit_7,
         count(*) FILTER (WHERE amount >= 10 AND left(amount::text, 1) = '8')::int AS first_digit_8,
         count(*) FILTER (WHERE amount >= 10 AND left(amount::text, 1) = '9')::int AS first_digit_9
  FROM "payments" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
) m
WHERE s.fiscal_year = m.fiscal_year AND s.month = m.month AND s.region_code = m.region_code AND s.agency_code = m.agency_code
  AND s.line_id = m.line_id AND s.func_code = m.func_code AND s.econ_code = m.econ_code AND s.book = m.book;
