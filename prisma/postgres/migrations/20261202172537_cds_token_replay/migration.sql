-- CreateTable
CREATE TABLE "CdsTokenUse" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CdsTokenUse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CdsTokenUse_expiresAt_idx" ON "CdsTokenUse"("expiresAt");
