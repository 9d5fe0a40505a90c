-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "sealedBody" TEXT;

-- Private links already stored in clear are masked (they were shown on screen and mailed, or will be
-- mailed masked): a token must not stay readable in the database or its backups.
UPDATE "EmailMessage"
SET "body" = regexp_replace("body", '/ansoegning/[A-Za-z0-9_-]{16,}', '/ansoegning/[skjult]', 'g')
WHERE "body" ~ '/ansoegning/[A-Za-z0-9_-]{16,}';
