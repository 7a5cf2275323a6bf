// One INSERT … SELECT that writes the extra public questions, fast enough to run on every bench.
import {
  DOMAIN_COUNT,
  DOMAIN_SIZE,
  FILLERS,
  PROMPTS,
  SENTENCES,
  SITUATIONS,
  TAGS,
  TAGS_PER_DOMAIN,
  TERMS,
} from "./vocabulary.ts";

/**
 * Words are picked by (i * prime) % n so rows vary deterministically. Each row has a domain (skewed
 * so some are more common), takes most terms from it and some from anywhere, and carries one
 * to three tags: one or two of its domain's and sometimes one from elsewhere.
 */
export function generateQuestionsQuery(count: number) {
  const text = `
    WITH v AS (SELECT $1::text[] AS terms, $2::text[] AS prompts, $3::text[] AS situations,
                      $4::text[] AS sentences, $5::text[] AS fillers, $6::text[] AS tags,
                      $7::int AS domains, $8::int AS size, $9::int AS per)
    INSERT INTO "Question" ("id", "slug", "prompt", "whyAsked", "answerNotes", "keyPoints", "tags",
                            "difficulty", "suggestedSeconds", "visibility", "createdAt", "updatedAt")
    SELECT 'bench-' || g.i,
           'bench-' || g.i || '-' || trim(both '-' from regexp_replace(lower(w.topic || ' ' || w.other), '[^a-z0-9]+', '-', 'g')),
           format(v.prompts[(g.i * 11) % cardinality(v.prompts) + 1], w.topic, w.other, w.situation),
           format('Checks that you can reason about %s beyond the basics, especially when %s.', w.topic, w.situation),
           format(E'**Key idea**\\n\\n%s first, then %s.\\n\\n**Details**\\n\\n', w.topic, w.other) || (
             SELECT string_agg(CASE WHEN k % 2 = 0 THEN v.fillers[(g.i * 43 + k * 47) % cardinality(v.fillers) + 1]
                    ELSE format(v.sentences[(g.i * 19 + k * 23) % cardinality(v.sentences) + 1],
                      CASE WHEN k % 3 = 0 THEN v.terms[(g.i * 29 + k * 31) % cardinality(v.terms) + 1]
                           ELSE v.terms[w.d * v.size + (g.i * 29 + k * 31) % v.size + 1] END,
                      v.terms[w.d * v.size + (g.i * 37 + k * 41) % v.size + 1]) END, ' ')
             FROM generate_series(1, 12) AS k),
           ARRAY[format('Explains how %s works', w.topic),
                 format('Names a trade-off of %s against %s', w.topic, w.other),
                 format('Says how to watch %s in production', w.other)],
           ARRAY(SELECT DISTINCT t FROM unnest(
             CASE WHEN g.i % 5 = 0 THEN ARRAY[v.tags[w.t1]]
                  WHEN g.i % 4 = 0 THEN ARRAY[v.tags[w.t1], v.tags[w.t2], v.tags[(g.i * 11 + 7) % cardinality(v.tags) + 1]]
                  ELSE ARRAY[v.tags[w.t1], v.tags[w.t2]] END) AS t),
           (ARRAY['EASY', 'MEDIUM', 'HARD'])[g.i % 3 + 1]::"Difficulty",
           60 + (g.i * 7 % 9) * 30,
           'PUBLIC',
           now() - make_interval(secs => g.i),
           now()
    FROM generate_series(1, $10::int) AS g(i)
    CROSS JOIN v
    CROSS JOIN LATERAL (SELECT floor(v.domains * power(((g.i * 7919) % 10007) / 10007.0, 1.2))::int AS d) dom
    CROSS JOIN LATERAL (
      SELECT dom.d AS d,
             v.terms[dom.d * v.size + (g.i * 7) % v.size + 1] AS topic,
             v.terms[dom.d * v.size + (g.i * 13 + 5) % v.size + 1] AS other,
             v.situations[(g.i * 17) % cardinality(v.situations) + 1] AS situation,
             dom.d * v.per + floor(v.per * power(((g.i * 6151) % 1009) / 1009.0, 2))::int + 1 AS t1,
             dom.d * v.per + (g.i * 3) % v.per + 1 AS t2
    ) w`;
  const values = [TERMS, PROMPTS, SITUATIONS, SENTENCES, FILLERS, TAGS];
  return { text, values: [...values, DOMAIN_COUNT, DOMAIN_SIZE, TAGS_PER_DOMAIN, count] };
}
