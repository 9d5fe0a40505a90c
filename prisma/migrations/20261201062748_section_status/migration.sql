-- AlterEnum
ALTER TYPE "SectionPart" ADD VALUE 'STATUS';
