-- AlterTable
ALTER TABLE "CdsFeedback" ADD COLUMN     "issuedCardId" TEXT;

-- CreateTable
CREATE TABLE "CdsIssuedCard" (
    "id" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "serviceId" TEXT NOT NULL,
    "cardUuid" TEXT NOT NULL,
    "rulesetVersion" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ruleId" TEXT,
    "conditionIds" TEXT NOT NULL DEFAULT '[]',
    "suggestionsJson" TEXT NOT NULL DEFAULT '[]',
    "overrideReasonsJson" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "CdsIssuedCard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CdsIssuedCard_serviceId_cardUuid_idx" ON "CdsIssuedCard"("serviceId", "cardUuid");

-- CreateIndex
CREATE INDEX "CdsIssuedCard_issuedAt_idx" ON "CdsIssuedCard"("issuedAt");

-- CreateIndex
CREATE INDEX "CdsFeedback_issuedCardId_idx" ON "CdsFeedback"("issuedCardId");

-- AddForeignKey
ALTER TABLE "CdsFeedback" ADD CONSTRAINT "CdsFeedback_issuedCardId_fkey" FOREIGN KEY ("issuedCardId") REFERENCES "CdsIssuedCard"("id") ON DELETE SET NULL ON UPDATE CASCADE;
