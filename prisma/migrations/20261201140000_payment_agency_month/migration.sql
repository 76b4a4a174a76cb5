-- payment_summary rolled up per year, month, region, agency and book: a few rows per agency and
-- month whatever the number of payments, for the rules and views at agency grain (EXE-LAG,
-- PAY-BENFORD, DEBT-INTEREST). Kept in step with payment_summary by the ingest pipeline.
CREATE TABLE "payment_agency_month" (
    "fiscal_year" INTEGER NOT NULL,
    "month" SMALLINT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "agency_code" VARCHAR(64) NOT NULL,
    "book" "Book" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "payments" INTEGER NOT NULL,
    "last_pay_date" DATE NOT NULL,
    "first_digit_1" INTEGER NOT NULL DEFAULT 0,
    "first_digit_2" INTEGER NOT NULL DEFAULT 0,
    "first_digit_3" INTEGER NOT NULL DEFAULT 0,
    "first_digit_4" INTEGER NOT NULL DEFAULT 0,
    "first_digit_5" INTEGER NOT NULL DEFAULT 0,
    "first_digit_6" INTEGER NOT NULL DEFAULT 0,
    "first_digit_7" INTEGER NOT NULL DEFAULT 0,
    "first_digit_8" INTEGER NOT NULL DEFAULT 0,
    "first_digit_9" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "payment_agency_month_pkey" PRIMARY KEY ("fiscal_year","region_code","agency_code","book","month")
);
INSERT INTO "payment_agency_month" (fiscal_year, month, region_code, agency_code, book, amount, payments, last_pay_date, first_digit_1, first_digit_2, first_digit_3, first_digit_4, first_digit_5, first_digit_6, first_digit_7, first_digit_8, first_digit_9)
SELECT fiscal_year, month, region_code, agency_code, book, sum(amount), sum(payments)::int, max(last_pay_date), sum(first_digit_1)::int, sum(first_digit_2)::int, sum(first_digit_3)::int, sum(first_digit_4)::int, sum(first_digit_5)::int, sum(first_digit_6)::int, sum(first_digit_7)::int, sum(first_digit_8)::int, sum(first_digit_9)::int
FROM "payment_summary" GROUP BY fiscal_year, month, region_code, agency_code, book;
