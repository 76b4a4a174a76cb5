-- Payments partitioned by payment year (docs/scaling.md §3.2): a daily load touches the indexes of
-- its own year only, old years can be detached, and a year is the unit the distributed layout
-- shards within. A partitioned table's unique constraints must contain the partition key, so the
-- primary key becomes (voucher_no, pay_date), the feed contract's key, voucher_no alone, is kept
-- unique by the registry payment_keys, which the ingest pipeline writes with the payments.
--
-- The rows move into the DEFAULT partition here (plain SQL, no procedural code in migrations),
-- the server's partition upkeep (server/src/ingest/payment-partitions.ts) moves them into one
-- partition per year at start-up and after every payments load.
ALTER TABLE "payments" RENAME TO "payments_unpartitioned";
ALTER INDEX "payments_pkey" RENAME TO "payments_unpartitioned_pkey";
ALTER INDEX "payments_region_code_agency_code_pay_date_idx" RENAME TO "payments_unpartitioned_region_idx";
ALTER INDEX "payments_pay_date_idx" RENAME TO "payments_unpartitioned_pay_date_idx";
ALTER INDEX "payments_batch_id_idx" RENAME TO "payments_unpartitioned_batch_id_idx";

CREATE TABLE "payments" (
    LIKE "payments_unpartitioned" INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
    CONSTRAINT "payments_pkey" PRIMARY KEY ("voucher_no", "pay_date")
) PARTITION BY RANGE ("pay_date");
CREATE TABLE "payments_default" PARTITION OF "payments" DEFAULT;
CREATE INDEX "payments_region_code_agency_code_pay_date_idx" ON "payments"("region_code", "agency_code", "pay_date");
CREATE INDEX "payments_pay_date_idx" ON "payments" USING BRIN ("pay_date");
CREATE INDEX "payments_batch_id_idx" ON "payments" USING BRIN ("batch_id");

CREATE TABLE "payment_keys" (
    "voucher_no" VARCHAR(64) NOT NULL,
    "pay_date" DATE NOT NULL,

    CONSTRAINT "payment_keys_pkey" PRIMARY KEY ("voucher_no")
);

INSERT INTO "payments" SELECT * FROM "payments_unpartitioned";
INSERT INTO "payment_keys" ("voucher_no", "pay_date") SELECT "voucher_no", "pay_date" FROM "payments_unpartitioned";
DROP TABLE "payments_unpartitioned";
