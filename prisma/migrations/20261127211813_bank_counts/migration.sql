-- CreateTable
CREATE TABLE "QuestionCount" (
    "tag" TEXT NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "QuestionCount_pkey" PRIMARY KEY ("tag","difficulty")
);

-- The counts follow every write to "Question": each statement adds its new public rows and takes
-- away its old ones, per tag (and '' for the whole bank) and difficulty. The upsert takes row
-- locks in key order, so concurrent writers queue instead of deadlocking.
CREATE FUNCTION rehearse_add_question_counts(deltas jsonb) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "QuestionCount" AS c ("tag", "difficulty", "count")
    SELECT d."tag", d."difficulty", d."n"
    FROM jsonb_to_recordset(deltas) AS d("tag" text, "difficulty" "Difficulty", "n" int)
    WHERE d."n" <> 0
    ORDER BY d."tag", d."difficulty"
    ON CONFLICT ("tag", "difficulty") DO UPDATE SET "count" = c."count" + excluded."count";
$$;

CREATE FUNCTION rehearse_count_questions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    deltas jsonb;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM "QuestionCount";
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT jsonb_agg(d) INTO deltas FROM (
            SELECT t."tag", r."difficulty", count(*) AS "n"
            FROM new_rows r CROSS JOIN LATERAL (SELECT '' UNION SELECT unnest(r."tags")) AS t("tag")
            WHERE r."visibility" = 'PUBLIC'
            GROUP BY 1, 2) d;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT jsonb_agg(d) INTO deltas FROM (
            SELECT t."tag", r."difficulty", -count(*) AS "n"
            FROM old_rows r CROSS JOIN LATERAL (SELECT '' UNION SELECT unnest(r."tags")) AS t("tag")
            WHERE r."visibility" = 'PUBLIC'
            GROUP BY 1, 2) d;
    ELSE
        SELECT jsonb_agg(d) INTO deltas FROM (
            SELECT t."tag", r."difficulty", sum(r."sign") AS "n"
            FROM (SELECT "tags", "difficulty", 1 AS "sign" FROM new_rows WHERE "visibility" = 'PUBLIC'
                  UNION ALL
                  SELECT "tags", "difficulty", -1 FROM old_rows WHERE "visibility" = 'PUBLIC') r
            CROSS JOIN LATERAL (SELECT '' UNION SELECT unnest(r."tags")) AS t("tag")
            GROUP BY 1, 2
            HAVING sum(r."sign") <> 0) d;
    END IF;
    IF deltas IS NOT NULL THEN
        PERFORM rehearse_add_question_counts(deltas);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Question_count_insert" AFTER INSERT ON "Question"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rehearse_count_questions();
CREATE TRIGGER "Question_count_update" AFTER UPDATE ON "Question"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rehearse_count_questions();
CREATE TRIGGER "Question_count_delete" AFTER DELETE ON "Question"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rehearse_count_questions();
CREATE TRIGGER "Question_count_truncate" AFTER TRUNCATE ON "Question"
    FOR EACH STATEMENT EXECUTE FUNCTION rehearse_count_questions();

-- The questions already there.
INSERT INTO "QuestionCount" ("tag", "difficulty", "count")
SELECT t."tag", q."difficulty", count(*)
FROM "Question" q CROSS JOIN LATERAL (SELECT '' UNION SELECT unnest(q."tags")) AS t("tag")
WHERE q."visibility" = 'PUBLIC'
GROUP BY 1, 2;
