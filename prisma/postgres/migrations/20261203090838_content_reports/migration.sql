-- CreateTable
CREATE TABLE "ContentReport" (
    "id" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rulesetVersion" TEXT NOT NULL,
    "conditionId" TEXT NOT NULL,
    "suggestionId" TEXT,
    "category" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ContentReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentReport_receivedAt_idx" ON "ContentReport"("receivedAt");
