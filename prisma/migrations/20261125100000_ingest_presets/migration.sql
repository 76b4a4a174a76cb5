-- Ingest: quarantine counts, warnings, phase timings and the loading backend per batch, local-code presets.
ALTER TABLE "ingest_batches" ADD COLUMN "rows_quarantined" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ingest_batches" ADD COLUMN "warnings" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "ingest_batches" ADD COLUMN "timings" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "ingest_batches" ADD COLUMN "backend_pid" INTEGER;

ALTER TABLE "mapping_presets" ADD COLUMN "local_codes" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "mapping_presets" ADD COLUMN "description" TEXT NOT NULL DEFAULT '';

-- Sources with their own codes (presets with local_codes): wider agency and classification columns.
ALTER TABLE "agencies" ALTER COLUMN "agency_code" SET DATA TYPE VARCHAR(64), ALTER COLUMN "parent_code" SET DATA TYPE VARCHAR(64);
ALTER TABLE "budget_lines" ALTER COLUMN "agency_code" SET DATA TYPE VARCHAR(64), ALTER COLUMN "func_code" SET DATA TYPE VARCHAR(32), ALTER COLUMN "econ_code" SET DATA TYPE VARCHAR(32);
ALTER TABLE "payments" ALTER COLUMN "agency_code" SET DATA TYPE VARCHAR(64), ALTER COLUMN "func_code" SET DATA TYPE VARCHAR(32), ALTER COLUMN "econ_code" SET DATA TYPE VARCHAR(32);
ALTER TABLE "bond_projects" ALTER COLUMN "agency_code" SET DATA TYPE VARCHAR(64);

-- The feed contract makes a payment's purpose optional.
ALTER TABLE "payments" ALTER COLUMN "purpose" DROP NOT NULL;
