-- Payments summed by year, month, region, agency, budget line, function and economic code and book:
-- what the execution monitor and the overview read instead of scanning a year of payments. The
-- ingest pipeline keeps it in step in the load's own transaction (server/src/execution/payment-summary.ts).
CREATE TABLE "payment_summary" (
    "fiscal_year" INTEGER NOT NULL,
    "month" SMALLINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "agency_code" VARCHAR(64) NOT NULL,
    "line_id" VARCHAR(64) NOT NULL,
    "func_code" VARCHAR(32) NOT NULL,
    "econ_code" VARCHAR(32) NOT NULL,
    "book" "Book" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "payments" INTEGER NOT NULL,
    CONSTRAINT "payment_summary_pkey" PRIMARY KEY ("fiscal_year", "region_code", "agency_code", "line_id", "func_code", "econ_code", "book", "month")
);
CREATE INDEX "payment_summary_fiscal_year_agency_code_idx" ON "payment_summary"("fiscal_year", "agency_code");
INSERT INTO "payment_summary"
SELECT extract(year FROM pay_date)::int, extract(month FROM pay_date)::smallint, region_code, agency_code,
       COALESCE(line_id, ''), func_code, econ_code, book, sum(amount), count(*)::int
FROM "payments"
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
