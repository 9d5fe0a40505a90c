-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DatePrecision" ADD VALUE 'WEEK';
ALTER TYPE "DatePrecision" ADD VALUE 'EARLY_MONTH';
ALTER TYPE "DatePrecision" ADD VALUE 'MID_MONTH';
ALTER TYPE "DatePrecision" ADD VALUE 'LATE_MONTH';
ALTER TYPE "DatePrecision" ADD VALUE 'SEASON';

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "budgetStatedTotalOre" BIGINT;

-- AlterTable
ALTER TABLE "FreeSection" ADD COLUMN     "afterPart" "SectionPart";
