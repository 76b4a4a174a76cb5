-- Payments keep the indexes the dashboard and detection need and no more: every btree costs each
-- loaded row (measured in docs/benchmarks.md). Region and agency drill-down share one composite,
-- date ranges and a batch's rows (appended together) use BRIN, which costs next to nothing to keep.
DROP INDEX IF EXISTS "payments_region_code_pay_date_idx";
DROP INDEX IF EXISTS "payments_agency_code_pay_date_idx";
DROP INDEX IF EXISTS "payments_line_id_idx";
DROP INDEX IF EXISTS "payments_pay_date_idx";
DROP INDEX IF EXISTS "payments_func_code_idx";
DROP INDEX IF EXISTS "payments_econ_code_idx";
CREATE INDEX "payments_region_code_agency_code_pay_date_idx" ON "payments"("region_code", "agency_code", "pay_date");
CREATE INDEX "payments_pay_date_idx" ON "payments" USING BRIN ("pay_date");
CREATE INDEX "payments_batch_id_idx" ON "payments" USING BRIN ("batch_id");
