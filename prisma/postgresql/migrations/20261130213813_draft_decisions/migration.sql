-- CreateEnum
CREATE TYPE "DraftDecisionKind" AS ENUM ('ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "DraftDecision" (
    "setId" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "decision" "DraftDecisionKind" NOT NULL,
    "questionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftDecision_pkey" PRIMARY KEY ("setId","draftId")
);

-- AddForeignKey
ALTER TABLE "DraftDecision" ADD CONSTRAINT "DraftDecision_setId_fkey" FOREIGN KEY ("setId") REFERENCES "QuestionSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

