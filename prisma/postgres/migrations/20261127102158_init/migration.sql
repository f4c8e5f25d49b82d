-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Handout" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rulesetVersion" TEXT NOT NULL,
    "conditionId" TEXT NOT NULL,
    "inputJson" TEXT NOT NULL,
    "contentJson" TEXT NOT NULL,

    CONSTRAINT "Handout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CdsFeedback" (
    "id" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "serviceId" TEXT NOT NULL,
    "cardUuid" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "outcomeTimestamp" TEXT NOT NULL,
    "acceptedSuggestionIds" TEXT NOT NULL DEFAULT '[]',
    "overrideReasonCode" TEXT,
    "overrideReasonSystem" TEXT,
    "overrideReasonDisplay" TEXT,
    "userComment" TEXT,

    CONSTRAINT "CdsFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CdsFeedback_receivedAt_idx" ON "CdsFeedback"("receivedAt");
