-- CreateTable
CREATE TABLE "Handout" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rulesetVersion" TEXT NOT NULL,
    "conditionId" TEXT NOT NULL,
    "inputJson" TEXT NOT NULL,
    "contentJson" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CdsFeedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "serviceId" TEXT NOT NULL,
    "cardUuid" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "outcomeTimestamp" TEXT NOT NULL,
    "acceptedSuggestionIds" TEXT NOT NULL DEFAULT '[]',
    "overrideReasonCode" TEXT,
    "overrideReasonSystem" TEXT,
    "overrideReasonDisplay" TEXT,
    "userComment" TEXT
);

-- CreateIndex
CREATE INDEX "CdsFeedback_receivedAt_idx" ON "CdsFeedback"("receivedAt");
