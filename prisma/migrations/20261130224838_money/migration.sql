-- CreateEnum
CREATE TYPE "AccountsStatus" AS ENUM ('SUBMITTED', 'MORE_REQUESTED', 'APPROVED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ApplicationStatus" ADD VALUE 'GRANT_ACCEPTED';
ALTER TYPE "ApplicationStatus" ADD VALUE 'ACCOUNTS_RETURNED';

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "fourEyesPayments" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "portraitDueDay" INTEGER;

-- AlterTable
ALTER TABLE "StatusReport" ADD COLUMN     "dueOn" TIMESTAMP(3),
ADD COLUMN     "submittedAt" TIMESTAMP(3),
ALTER COLUMN "text" SET DEFAULT '';

-- Reports written before due dates existed count as submitted when written
UPDATE "StatusReport" SET "submittedAt" = "createdAt";

-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "scoringDeadline" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "successCriteria" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "exceededAvailableOre" BIGINT;

-- AlterTable
ALTER TABLE "DecisionYear" ADD COLUMN     "releaseNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "releasedAt" TIMESTAMP(3),
ADD COLUMN     "releasedOre" BIGINT;

-- AlterTable
ALTER TABLE "GrantLetter" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "acceptedById" TEXT,
ADD COLUMN     "acceptedName" TEXT,
ADD COLUMN     "advanceOre" BIGINT,
ADD COLUMN     "reminderSentAt" TIMESTAMP(3),
ADD COLUMN     "sentById" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Payment" RENAME COLUMN "createdById" TO "approvedById";
ALTER TABLE "Payment" ADD COLUMN     "slot" TEXT;

-- AlterTable
ALTER TABLE "AccountsReport" ADD COLUMN     "answerText" TEXT,
ADD COLUMN     "rejectedOre" BIGINT,
ADD COLUMN     "rejectionReason" TEXT,
ADD COLUMN     "requestText" TEXT,
ADD COLUMN     "requestedAt" TIMESTAMP(3),
ADD COLUMN     "spotCheckDrawId" TEXT,
ADD COLUMN     "status" "AccountsStatus" NOT NULL DEFAULT 'SUBMITTED',
ADD COLUMN     "submittedName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "criteriaText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "participants" INTEGER;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "accountsId" TEXT,
ADD COLUMN     "expenseId" TEXT,
ADD COLUMN     "isReceipt" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SpotCheckDraw" (
    "id" TEXT NOT NULL,
    "poolId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seed" TEXT NOT NULL,
    "sharePct" INTEGER NOT NULL,
    "population" TEXT[],
    "drawn" TEXT[],
    "drawnById" TEXT,
    "drawnAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpotCheckDraw_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectExpense" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "budgetLineId" TEXT,
    "decisionYearId" TEXT,
    "amountOre" BIGINT NOT NULL,
    "spentOn" TIMESTAMP(3) NOT NULL,
    "description" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ProjectExpense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectHours" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "userId" TEXT,
    "workedOn" TIMESTAMP(3) NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ProjectHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeCapacity" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "hours" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitteeCapacity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "applicationId" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpotCheckDraw_poolId_year_idx" ON "SpotCheckDraw"("poolId", "year");

-- CreateIndex
CREATE INDEX "ProjectExpense_projectId_idx" ON "ProjectExpense"("projectId");

-- CreateIndex
CREATE INDEX "ProjectExpense_decisionYearId_idx" ON "ProjectExpense"("decisionYearId");

-- CreateIndex
CREATE INDEX "ProjectHours_projectId_workedOn_idx" ON "ProjectHours"("projectId", "workedOn");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeCapacity_committeeId_year_key" ON "CommitteeCapacity"("committeeId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSent_key_key" ON "ReminderSent"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_slot_key" ON "Payment"("slot");

-- CreateIndex
CREATE INDEX "Payment_decisionId_idx" ON "Payment"("decisionId");

-- CreateIndex
CREATE INDEX "Payment_poolYearId_idx" ON "Payment"("poolYearId");

-- CreateIndex
CREATE UNIQUE INDEX "AccountsReport_applicationId_key" ON "AccountsReport"("applicationId");

-- AddForeignKey
ALTER TABLE "AccountsReport" ADD CONSTRAINT "AccountsReport_spotCheckDrawId_fkey" FOREIGN KEY ("spotCheckDrawId") REFERENCES "SpotCheckDraw"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_accountsId_fkey" FOREIGN KEY ("accountsId") REFERENCES "AccountsReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_expenseId_fkey" FOREIGN KEY ("expenseId") REFERENCES "ProjectExpense"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_decisionYearId_fkey" FOREIGN KEY ("decisionYearId") REFERENCES "DecisionYear"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectHours" ADD CONSTRAINT "ProjectHours_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeCapacity" ADD CONSTRAINT "CommitteeCapacity_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;
