-- CreateIndex
CREATE INDEX "Application_publishedAt_idx" ON "Application"("publishedAt");

-- CreateIndex
CREATE INDEX "Decision_outcome_applicationId_idx" ON "Decision"("outcome", "applicationId");
