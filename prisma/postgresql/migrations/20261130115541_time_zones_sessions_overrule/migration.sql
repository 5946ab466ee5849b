-- AlterTable
ALTER TABLE "User" ADD COLUMN     "rolloverHour" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "overruledAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

