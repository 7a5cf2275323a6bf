-- AlterTable
ALTER TABLE "User" DROP COLUMN "sessionVersion";

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
