-- Written by hand: Postgres generates the column from the row (Prisma sees it as Unsupported).
-- Ranking reads this small vector instead of the large searchVector, which lives out of line.
ALTER TABLE "Question" ADD COLUMN "promptVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce("prompt", '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, rehearse_immutable_join("tags")), 'A')
) STORED;
