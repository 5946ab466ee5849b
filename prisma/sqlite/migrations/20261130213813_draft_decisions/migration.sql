-- CreateTable
CREATE TABLE "DraftDecision" (
    "setId" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "questionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("setId", "draftId"),
    CONSTRAINT "DraftDecision_setId_fkey" FOREIGN KEY ("setId") REFERENCES "QuestionSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

