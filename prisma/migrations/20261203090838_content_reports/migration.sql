-- CreateTable
CREATE TABLE "ContentReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rulesetVersion" TEXT NOT NULL,
    "conditionId" TEXT NOT NULL,
    "suggestionId" TEXT,
    "category" TEXT NOT NULL,
    "text" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "ContentReport_receivedAt_idx" ON "ContentReport"("receivedAt");
