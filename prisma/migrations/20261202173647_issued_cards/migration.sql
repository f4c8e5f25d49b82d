-- CreateTable
CREATE TABLE "CdsIssuedCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "serviceId" TEXT NOT NULL,
    "cardUuid" TEXT NOT NULL,
    "rulesetVersion" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ruleId" TEXT,
    "conditionIds" TEXT NOT NULL DEFAULT '[]',
    "suggestionsJson" TEXT NOT NULL DEFAULT '[]',
    "overrideReasonsJson" TEXT NOT NULL DEFAULT '[]'
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CdsFeedback" (
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
    "userComment" TEXT,
    "issuedCardId" TEXT,
    CONSTRAINT "CdsFeedback_issuedCardId_fkey" FOREIGN KEY ("issuedCardId") REFERENCES "CdsIssuedCard" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CdsFeedback" ("acceptedSuggestionIds", "cardUuid", "id", "outcome", "outcomeTimestamp", "overrideReasonCode", "overrideReasonDisplay", "overrideReasonSystem", "receivedAt", "serviceId", "userComment") SELECT "acceptedSuggestionIds", "cardUuid", "id", "outcome", "outcomeTimestamp", "overrideReasonCode", "overrideReasonDisplay", "overrideReasonSystem", "receivedAt", "serviceId", "userComment" FROM "CdsFeedback";
DROP TABLE "CdsFeedback";
ALTER TABLE "new_CdsFeedback" RENAME TO "CdsFeedback";
CREATE INDEX "CdsFeedback_receivedAt_idx" ON "CdsFeedback"("receivedAt");
CREATE INDEX "CdsFeedback_issuedCardId_idx" ON "CdsFeedback"("issuedCardId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CdsIssuedCard_serviceId_cardUuid_idx" ON "CdsIssuedCard"("serviceId", "cardUuid");

-- CreateIndex
CREATE INDEX "CdsIssuedCard_issuedAt_idx" ON "CdsIssuedCard"("issuedAt");
