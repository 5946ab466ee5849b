-- DropIndex
DROP INDEX "Question_setId_archivedAt_position_idx";

-- AlterTable
ALTER TABLE "Question" ADD COLUMN "heldAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "translationNote" TEXT,
    "sourceUrl" TEXT,
    "publishedOn" TEXT,
    "copiedFromId" TEXT,
    "contentHash" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("archivedAt", "contentHash", "createdAt", "id", "outlet", "publishedOn", "sourceUrl", "title", "translationNote", "updatedAt") SELECT "archivedAt", "contentHash", "createdAt", "id", "outlet", "publishedOn", "sourceUrl", "title", "translationNote", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_ownerId_archivedAt_idx" ON "Article"("ownerId", "archivedAt");
CREATE TABLE "new_QuestionSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "visibility" TEXT NOT NULL DEFAULT 'PRIVATE',
    "publishedAt" DATETIME,
    "copiedFromId" TEXT,
    "contentHash" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QuestionSet_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QuestionSet" ("archivedAt", "contentHash", "createdAt", "description", "id", "position", "title", "updatedAt") SELECT "archivedAt", "contentHash", "createdAt", "description", "id", "position", "title", "updatedAt" FROM "QuestionSet";
DROP TABLE "QuestionSet";
ALTER TABLE "new_QuestionSet" RENAME TO "QuestionSet";
CREATE INDEX "QuestionSet_ownerId_archivedAt_idx" ON "QuestionSet"("ownerId", "archivedAt");
CREATE TABLE "new_Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "passageId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER,
    "end" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'ANCHORED',
    "candidate" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Citation_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("articleId", "id", "passageId", "position", "questionId", "quote") SELECT "articleId", "id", "passageId", "position", "questionId", "quote" FROM "Citation";
DROP TABLE "Citation";
ALTER TABLE "new_Citation" RENAME TO "Citation";
CREATE INDEX "Citation_questionId_position_idx" ON "Citation"("questionId", "position");
CREATE INDEX "Citation_passageId_idx" ON "Citation"("passageId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Question_setId_archivedAt_heldAt_position_idx" ON "Question"("setId", "archivedAt", "heldAt", "position");


-- The library sets that exist already are published and public (content sync keeps them so).
UPDATE "QuestionSet" SET "visibility" = 'PUBLIC', "publishedAt" = CURRENT_TIMESTAMP WHERE "ownerId" IS NULL;
