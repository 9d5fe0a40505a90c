-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "importSource" JSONB;
