-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'AGENDA_SENT', 'HELD', 'MINUTES_APPROVED', 'MINUTES_PUBLISHED');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('INVITED', 'PRESENT', 'ABSENT_WITH_NOTICE', 'ABSENT');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('DECISION', 'DISCUSSION', 'INFORMATION');

-- AlterEnum
ALTER TYPE "MeetingKind" ADD VALUE 'EXTRAORDINARY';

-- DropForeignKey
ALTER TABLE "Decision" DROP CONSTRAINT "Decision_poolYearId_fkey";

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "agendaSentAt" TIMESTAMP(3),
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "endsAt" TIMESTAMP(3),
ADD COLUMN     "heldAt" TIMESTAMP(3),
ADD COLUMN     "minutesApprovedAt" TIMESTAMP(3),
ADD COLUMN     "minutesApprovedById" TEXT,
ADD COLUMN     "minutesPublishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "workingGroupId" TEXT;

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "addedLateReason" TEXT,
ADD COLUMN     "callId" TEXT,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "kind" "AgendaItemKind" NOT NULL DEFAULT 'DECISION',
ADD COLUMN     "minutesText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "recommendation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "aboveRequestReason" TEXT,
ADD COLUMN     "agendaItemId" TEXT,
ADD COLUMN     "conditions" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "decidingBody" "DecidingBody",
ADD COLUMN     "reasonsPersonal" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "votesAbstain" INTEGER,
ADD COLUMN     "votesAgainst" INTEGER,
ADD COLUMN     "votesFor" INTEGER;

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "attendance" "Attendance" NOT NULL DEFAULT 'INVITED',
    "voting" BOOLEAN NOT NULL DEFAULT false,
    "substituteName" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MeetingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesVersion" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "texts" JSONB NOT NULL,
    "byId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionYear" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "poolYearId" TEXT,
    "year" INTEGER NOT NULL,
    "amountOre" BIGINT NOT NULL,
    "conditional" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DecisionYear_pkey" PRIMARY KEY ("id")
);

-- The money each granting decision commits moves to one row per funds year, then the column goes.
INSERT INTO "DecisionYear" ("id", "decisionId", "poolYearId", "year", "amountOre", "conditional")
SELECT 'dy-' || "id", "id", "poolYearId", "fundsYear", "amountOre", "conditional"
FROM "Decision"
WHERE "amountOre" IS NOT NULL AND "fundsYear" IS NOT NULL
  AND "outcome" IN ('GRANT', 'PARTIAL_GRANT', 'APPROVED', 'SCALED_DOWN');

ALTER TABLE "Decision" DROP COLUMN "poolYearId";

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendee_meetingId_userId_key" ON "MeetingAttendee"("meetingId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesVersion_meetingId_number_key" ON "MinutesVersion"("meetingId", "number");

-- CreateIndex
CREATE INDEX "DecisionYear_poolYearId_idx" ON "DecisionYear"("poolYearId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionYear_decisionId_year_key" ON "DecisionYear"("decisionId", "year");

-- CreateIndex
CREATE INDEX "Meeting_committeeId_startsAt_idx" ON "Meeting"("committeeId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionYear" ADD CONSTRAINT "DecisionYear_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionYear" ADD CONSTRAINT "DecisionYear_poolYearId_fkey" FOREIGN KEY ("poolYearId") REFERENCES "PoolYear"("id") ON DELETE SET NULL ON UPDATE CASCADE;
