-- GIN indexes collect new entries in a pending list that only VACUUM (or a full list) merges into
-- the index, and every search reads the whole list. After a bulk load with no vacuum yet, the tag
-- index held all 50,000 questions there: a tag filter cost 6-10 ms instead of 0.1 ms. A small list
-- (128 kB instead of 4 MB) is merged by the writers themselves, in batches, long before it costs.
ALTER INDEX "Question_tags_idx" SET (gin_pending_list_limit = 128);
ALTER INDEX "Question_searchVector_idx" SET (gin_pending_list_limit = 128);
SELECT gin_clean_pending_list('"Question_tags_idx"'::regclass);
SELECT gin_clean_pending_list('"Question_searchVector_idx"'::regclass);
