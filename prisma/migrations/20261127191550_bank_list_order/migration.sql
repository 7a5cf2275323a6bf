-- CreateIndex
CREATE INDEX "Question_createdAt_id_idx" ON "Question"("createdAt", "id");
