-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "publicName" TEXT;
