-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Book" AS ENUM ('GPB', 'GFB', 'SCB', 'SIF');

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('province', 'city', 'county', 'township', 'zone');

-- CreateEnum
CREATE TYPE "AgencyType" AS ENUM ('administrative', 'institution', 'other');

-- CreateEnum
CREATE TYPE "LineType" AS ENUM ('initial', 'adjustment', 'supplement', 'transfer');

-- CreateEnum
CREATE TYPE "PayeeType" AS ENUM ('unit', 'individual');

-- CreateEnum
CREATE TYPE "PayMethod" AS ENUM ('direct', 'authorized');

-- CreateEnum
CREATE TYPE "SettleMethod" AS ENUM ('transfer', 'cash', 'card');

-- CreateEnum
CREATE TYPE "DebtType" AS ENUM ('general', 'special');

-- CreateEnum
CREATE TYPE "BondPurpose" AS ENUM ('new', 'refinancing');

-- CreateEnum
CREATE TYPE "IndustryClass" AS ENUM ('industrial', 'non_industrial');

-- CreateEnum
CREATE TYPE "IngestSource" AS ENUM ('cli', 'upload', 'inbox', 'demo');

-- CreateEnum
CREATE TYPE "IngestMode" AS ENUM ('strict', 'quarantine');

-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('running', 'succeeded', 'failed');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('yellow', 'orange', 'red');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('new', 'verifying', 'assigned', 'replied', 'closed', 'false_positive');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'staff', 'auditor', 'deputy');

-- CreateTable
CREATE TABLE "reference_sources" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "fiscal_year" INTEGER,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "file_name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "loaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reference_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regions" (
    "region_code" VARCHAR(12) NOT NULL,
    "region_name" TEXT NOT NULL,
    "parent_code" VARCHAR(12),
    "level" "RegionLevel" NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("region_code")
);

-- CreateTable
CREATE TABLE "func_codes" (
    "fiscal_year" INTEGER NOT NULL,
    "code" VARCHAR(7) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "parent_code" VARCHAR(7),
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "func_codes_pkey" PRIMARY KEY ("fiscal_year","code")
);

-- CreateTable
CREATE TABLE "econ_codes" (
    "fiscal_year" INTEGER NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "parent_code" VARCHAR(5),
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "econ_codes_pkey" PRIMARY KEY ("fiscal_year","code")
);

-- CreateTable
CREATE TABLE "rev_codes" (
    "fiscal_year" INTEGER NOT NULL,
    "code" VARCHAR(9) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "parent_code" VARCHAR(9),
    "source_id" INTEGER NOT NULL,

    CONSTRAINT "rev_codes_pkey" PRIMARY KEY ("fiscal_year","code")
);

-- CreateTable
CREATE TABLE "agencies" (
    "agency_code" VARCHAR(32) NOT NULL,
    "agency_name" TEXT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "parent_code" VARCHAR(32),
    "agency_type" "AgencyType" NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "agencies_pkey" PRIMARY KEY ("agency_code")
);

-- CreateTable
CREATE TABLE "budget_lines" (
    "line_id" VARCHAR(64) NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "book" "Book" NOT NULL,
    "agency_code" VARCHAR(32) NOT NULL,
    "func_code" VARCHAR(7) NOT NULL,
    "econ_code" VARCHAR(5) NOT NULL,
    "project_code" VARCHAR(64),
    "project_name" TEXT,
    "line_type" "LineType" NOT NULL,
    "parent_line_id" VARCHAR(64),
    "amount" DECIMAL(18,2) NOT NULL,
    "doc_no" TEXT NOT NULL,
    "issued_date" DATE NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "budget_lines_pkey" PRIMARY KEY ("line_id")
);

-- CreateTable
CREATE TABLE "payments" (
    "voucher_no" VARCHAR(64) NOT NULL,
    "pay_date" DATE NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "book" "Book" NOT NULL,
    "agency_code" VARCHAR(32) NOT NULL,
    "func_code" VARCHAR(7) NOT NULL,
    "econ_code" VARCHAR(5) NOT NULL,
    "project_code" VARCHAR(64),
    "line_id" VARCHAR(64),
    "payee_name" TEXT NOT NULL,
    "payee_account" VARCHAR(64),
    "payee_type" "PayeeType" NOT NULL,
    "pay_method" "PayMethod" NOT NULL,
    "settle_method" "SettleMethod" NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "purpose" TEXT NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("voucher_no")
);

-- CreateTable
CREATE TABLE "revenue" (
    "fiscal_year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "book" "Book" NOT NULL,
    "rev_code" VARCHAR(9) NOT NULL,
    "rev_name" TEXT,
    "budget_amount" DECIMAL(18,2) NOT NULL,
    "actual_amount" DECIMAL(18,2) NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "revenue_pkey" PRIMARY KEY ("fiscal_year","month","region_code","book","rev_code")
);

-- CreateTable
CREATE TABLE "debt_limits" (
    "fiscal_year" INTEGER NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "debt_type" "DebtType" NOT NULL,
    "limit_amount" DECIMAL(18,2) NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "debt_limits_pkey" PRIMARY KEY ("fiscal_year","region_code","debt_type")
);

-- CreateTable
CREATE TABLE "debt_balances" (
    "period" VARCHAR(7) NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "debt_type" "DebtType" NOT NULL,
    "balance" DECIMAL(18,2) NOT NULL,
    "principal_repaid" DECIMAL(18,2) NOT NULL,
    "interest_paid" DECIMAL(18,2) NOT NULL,
    "overdue_amount" DECIMAL(18,2) NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "debt_balances_pkey" PRIMARY KEY ("period","region_code","debt_type")
);

-- CreateTable
CREATE TABLE "bonds" (
    "bond_code" VARCHAR(32) NOT NULL,
    "bond_name" TEXT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "debt_type" "DebtType" NOT NULL,
    "purpose" "BondPurpose" NOT NULL,
    "issue_date" DATE NOT NULL,
    "maturity_date" DATE NOT NULL,
    "coupon_rate" DECIMAL(7,4) NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "bonds_pkey" PRIMARY KEY ("bond_code")
);

-- CreateTable
CREATE TABLE "bond_projects" (
    "project_code" VARCHAR(64) NOT NULL,
    "bond_code" VARCHAR(32) NOT NULL,
    "as_of_date" DATE NOT NULL,
    "project_name" TEXT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "agency_code" VARCHAR(32) NOT NULL,
    "allocated_amount" DECIMAL(18,2) NOT NULL,
    "spent_amount" DECIMAL(18,2) NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "bond_projects_pkey" PRIMARY KEY ("project_code","bond_code","as_of_date")
);

-- CreateTable
CREATE TABLE "fiscal_capacity" (
    "fiscal_year" INTEGER NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "fiscal_capacity_pkey" PRIMARY KEY ("fiscal_year","region_code")
);

-- CreateTable
CREATE TABLE "soe_financials" (
    "enterprise_code" VARCHAR(18) NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "enterprise_name" TEXT NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "supervisor" TEXT NOT NULL,
    "industry_class" "IndustryClass" NOT NULL,
    "total_assets" DECIMAL(18,2) NOT NULL,
    "total_liabilities" DECIMAL(18,2) NOT NULL,
    "owner_equity" DECIMAL(18,2) NOT NULL,
    "state_capital" DECIMAL(18,2) NOT NULL,
    "revenue" DECIMAL(18,2) NOT NULL,
    "total_profit" DECIMAL(18,2) NOT NULL,
    "net_profit" DECIMAL(18,2) NOT NULL,
    "dividends_due" DECIMAL(18,2) NOT NULL,
    "dividends_paid" DECIMAL(18,2) NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "soe_financials_pkey" PRIMARY KEY ("enterprise_code","period")
);

-- CreateTable
CREATE TABLE "social_funds" (
    "fiscal_year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "fund_type" TEXT NOT NULL,
    "income" DECIMAL(18,2) NOT NULL,
    "expenditure" DECIMAL(18,2) NOT NULL,
    "balance_end" DECIMAL(18,2) NOT NULL,
    "batch_id" BIGINT,

    CONSTRAINT "social_funds_pkey" PRIMARY KEY ("fiscal_year","month","region_code","fund_type")
);

-- CreateTable
CREATE TABLE "ingest_batches" (
    "id" BIGSERIAL NOT NULL,
    "feed" TEXT NOT NULL,
    "source" "IngestSource" NOT NULL,
    "mode" "IngestMode" NOT NULL DEFAULT 'strict',
    "file_name" TEXT NOT NULL,
    "file_sha256" CHAR(64) NOT NULL,
    "file_bytes" BIGINT NOT NULL,
    "format" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "preset_name" TEXT,
    "status" "BatchStatus" NOT NULL,
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "rows_inserted" INTEGER NOT NULL DEFAULT 0,
    "rows_updated" INTEGER NOT NULL DEFAULT 0,
    "rows_unchanged" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "created_by" INTEGER,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "ingest_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_row_errors" (
    "id" BIGSERIAL NOT NULL,
    "batch_id" BIGINT NOT NULL,
    "row_number" INTEGER NOT NULL,
    "column" TEXT,
    "value" TEXT,
    "reason_zh" TEXT NOT NULL,
    "reason_en" TEXT NOT NULL,

    CONSTRAINT "ingest_row_errors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quarantined_rows" (
    "id" BIGSERIAL NOT NULL,
    "batch_id" BIGINT NOT NULL,
    "feed" TEXT NOT NULL,
    "row_number" INTEGER NOT NULL,
    "raw" JSONB NOT NULL,
    "errors" JSONB NOT NULL,

    CONSTRAINT "quarantined_rows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_log" (
    "id" BIGSERIAL NOT NULL,
    "batch_id" BIGINT NOT NULL,
    "feed" TEXT NOT NULL,
    "natural_key" TEXT NOT NULL,
    "old_values" JSONB NOT NULL,
    "new_values" JSONB NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mapping_presets" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "feed" TEXT NOT NULL,
    "column_map" JSONB NOT NULL,
    "constants" JSONB NOT NULL DEFAULT '{}',
    "date_format" TEXT,
    "created_by" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mapping_presets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rules" (
    "code" VARCHAR(32) NOT NULL,
    "version" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "default_params" JSONB NOT NULL,

    CONSTRAINT "rules_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "rule_thresholds" (
    "id" SERIAL NOT NULL,
    "rule_code" VARCHAR(32) NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "params" JSONB NOT NULL,
    "updated_by" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rule_thresholds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alerts" (
    "id" BIGSERIAL NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "rule_code" VARCHAR(32) NOT NULL,
    "rule_version" INTEGER NOT NULL,
    "params" JSONB NOT NULL,
    "severity" "Severity" NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_key" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "measured_value" DECIMAL(30,6),
    "threshold" DECIMAL(30,6),
    "evidence" JSONB NOT NULL,
    "explanation_zh" TEXT NOT NULL,
    "explanation_en" TEXT NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'new',
    "assignee_unit" TEXT,
    "deadline" DATE,
    "detected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_events" (
    "id" BIGSERIAL NOT NULL,
    "alert_id" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "from_status" "AlertStatus",
    "to_status" "AlertStatus",
    "actor_id" INTEGER,
    "comment" TEXT NOT NULL DEFAULT '',
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" CHAR(64) NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" INTEGER,
    "username" TEXT,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reference_sources_kind_fiscal_year_sha256_key" ON "reference_sources"("kind", "fiscal_year", "sha256");

-- CreateIndex
CREATE INDEX "regions_parent_code_idx" ON "regions"("parent_code");

-- CreateIndex
CREATE INDEX "agencies_region_code_idx" ON "agencies"("region_code");

-- CreateIndex
CREATE INDEX "agencies_parent_code_idx" ON "agencies"("parent_code");

-- CreateIndex
CREATE INDEX "budget_lines_fiscal_year_region_code_book_idx" ON "budget_lines"("fiscal_year", "region_code", "book");

-- CreateIndex
CREATE INDEX "budget_lines_agency_code_fiscal_year_idx" ON "budget_lines"("agency_code", "fiscal_year");

-- CreateIndex
CREATE INDEX "budget_lines_parent_line_id_idx" ON "budget_lines"("parent_line_id");

-- CreateIndex
CREATE INDEX "budget_lines_fiscal_year_func_code_idx" ON "budget_lines"("fiscal_year", "func_code");

-- CreateIndex
CREATE INDEX "payments_region_code_pay_date_idx" ON "payments"("region_code", "pay_date");

-- CreateIndex
CREATE INDEX "payments_agency_code_pay_date_idx" ON "payments"("agency_code", "pay_date");

-- CreateIndex
CREATE INDEX "payments_line_id_idx" ON "payments"("line_id");

-- CreateIndex
CREATE INDEX "payments_pay_date_idx" ON "payments"("pay_date");

-- CreateIndex
CREATE INDEX "payments_func_code_idx" ON "payments"("func_code");

-- CreateIndex
CREATE INDEX "payments_econ_code_idx" ON "payments"("econ_code");

-- CreateIndex
CREATE INDEX "revenue_region_code_fiscal_year_idx" ON "revenue"("region_code", "fiscal_year");

-- CreateIndex
CREATE INDEX "debt_balances_region_code_period_idx" ON "debt_balances"("region_code", "period");

-- CreateIndex
CREATE INDEX "bonds_region_code_idx" ON "bonds"("region_code");

-- CreateIndex
CREATE INDEX "bonds_maturity_date_idx" ON "bonds"("maturity_date");

-- CreateIndex
CREATE INDEX "bond_projects_region_code_idx" ON "bond_projects"("region_code");

-- CreateIndex
CREATE INDEX "soe_financials_region_code_period_idx" ON "soe_financials"("region_code", "period");

-- CreateIndex
CREATE INDEX "social_funds_region_code_fiscal_year_idx" ON "social_funds"("region_code", "fiscal_year");

-- CreateIndex
CREATE INDEX "ingest_batches_feed_started_at_idx" ON "ingest_batches"("feed", "started_at");

-- CreateIndex
CREATE INDEX "ingest_batches_file_sha256_idx" ON "ingest_batches"("file_sha256");

-- CreateIndex
CREATE INDEX "ingest_row_errors_batch_id_row_number_idx" ON "ingest_row_errors"("batch_id", "row_number");

-- CreateIndex
CREATE INDEX "quarantined_rows_batch_id_idx" ON "quarantined_rows"("batch_id");

-- CreateIndex
CREATE INDEX "change_log_feed_natural_key_idx" ON "change_log"("feed", "natural_key");

-- CreateIndex
CREATE UNIQUE INDEX "mapping_presets_name_key" ON "mapping_presets"("name");

-- CreateIndex
CREATE UNIQUE INDEX "rule_thresholds_rule_code_region_code_key" ON "rule_thresholds"("rule_code", "region_code");

-- CreateIndex
CREATE UNIQUE INDEX "alerts_fingerprint_key" ON "alerts"("fingerprint");

-- CreateIndex
CREATE INDEX "alerts_region_code_status_idx" ON "alerts"("region_code", "status");

-- CreateIndex
CREATE INDEX "alerts_rule_code_severity_idx" ON "alerts"("rule_code", "severity");

-- CreateIndex
CREATE INDEX "alerts_period_idx" ON "alerts"("period");

-- CreateIndex
CREATE INDEX "alert_events_alert_id_created_at_idx" ON "alert_events"("alert_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_action_at_idx" ON "audit_log"("action", "at");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "regions"("region_code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "func_codes" ADD CONSTRAINT "func_codes_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "reference_sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "econ_codes" ADD CONSTRAINT "econ_codes_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "reference_sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rev_codes" ADD CONSTRAINT "rev_codes_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "reference_sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingest_batches" ADD CONSTRAINT "ingest_batches_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingest_row_errors" ADD CONSTRAINT "ingest_row_errors_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "ingest_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quarantined_rows" ADD CONSTRAINT "quarantined_rows_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "ingest_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_log" ADD CONSTRAINT "change_log_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "ingest_batches"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_thresholds" ADD CONSTRAINT "rule_thresholds_rule_code_fkey" FOREIGN KEY ("rule_code") REFERENCES "rules"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_rule_code_fkey" FOREIGN KEY ("rule_code") REFERENCES "rules"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alerts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

