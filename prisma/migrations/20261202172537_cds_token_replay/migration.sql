-- CreateTable
CREATE TABLE "CdsTokenUse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "CdsTokenUse_expiresAt_idx" ON "CdsTokenUse"("expiresAt");
