-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "importedFrom" TEXT;

-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN     "importedFrom" TEXT;

