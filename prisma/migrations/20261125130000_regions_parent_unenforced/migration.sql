-- A region whose parent is not loaded yet is reported as a warning of its batch (feeds arrive in
-- any order, FEEDS.md), so the tree is not enforced by a foreign key.
ALTER TABLE "regions" DROP CONSTRAINT IF EXISTS "regions_parent_code_fkey";
