-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "answerRevision" INTEGER NOT NULL DEFAULT 0;
