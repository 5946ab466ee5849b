-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PRIVATE', 'LINK', 'PUBLIC');

-- CreateEnum
CREATE TYPE "CitationStatus" AS ENUM ('ANCHORED', 'MOVED', 'CHECK', 'ORPHANED');

-- DropIndex
DROP INDEX "Question_setId_archivedAt_position_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "copiedFromId" TEXT,
ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN     "copiedFromId" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "visibility" "Visibility" NOT NULL DEFAULT 'PRIVATE';

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "heldAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "candidate" TEXT,
ADD COLUMN     "end" INTEGER,
ADD COLUMN     "prefix" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "start" INTEGER,
ADD COLUMN     "status" "CitationStatus" NOT NULL DEFAULT 'ANCHORED',
ADD COLUMN     "suffix" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Article_ownerId_archivedAt_idx" ON "Article"("ownerId", "archivedAt");

-- CreateIndex
CREATE INDEX "QuestionSet_ownerId_archivedAt_idx" ON "QuestionSet"("ownerId", "archivedAt");

-- CreateIndex
CREATE INDEX "Question_setId_archivedAt_heldAt_position_idx" ON "Question"("setId", "archivedAt", "heldAt", "position");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionSet" ADD CONSTRAINT "QuestionSet_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The library sets that exist already are published and public (content sync keeps them so).
UPDATE "QuestionSet" SET "visibility" = 'PUBLIC', "publishedAt" = CURRENT_TIMESTAMP WHERE "ownerId" IS NULL;
