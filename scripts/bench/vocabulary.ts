// Words the generated questions are built from, so full-text search sees realistic selectivity.

export const TERMS = [
  "AWS Lambda", "cold start", "provisioned concurrency", "reserved concurrency", "API Gateway",
  "DynamoDB", "DynamoDB Streams", "SQS", "SNS", "EventBridge", "Step Functions", "Kinesis",
  "S3", "CloudFront", "CloudWatch", "X-Ray", "IAM role", "VPC", "NAT gateway", "RDS Proxy",
  "Aurora Serverless", "ElastiCache", "Redis", "Postgres", "connection pooling", "idempotency",
  "dead-letter queue", "retry policy", "exponential backoff", "circuit breaker", "rate limiting",
  "throttling", "batch size", "partial batch response", "visibility timeout", "event source mapping",
  "container image", "Lambda layers", "Graviton", "memory size", "function timeout",
  "ephemeral storage", "EFS", "Secrets Manager", "Parameter Store", "KMS encryption", "CDK",
  "Terraform", "CloudFormation", "SAM", "blue/green deployment", "canary release", "feature flags",
  "structured logging", "distributed tracing", "p99 latency", "horizontal scaling", "sharding",
  "consistent hashing", "cache invalidation", "eventual consistency", "exactly-once delivery",
  "message ordering", "FIFO queue", "fan-out", "webhooks", "GraphQL", "REST API", "gRPC", "OAuth",
  "JWT", "multi-tenancy", "cost optimisation", "Kubernetes", "ECS Fargate", "load balancer",
  "autoscaling", "schema migration", "backpressure", "WebSockets",
];

export const PROMPTS = [
  "How would you use %1$s together with %2$s when %3$s?",
  "What goes wrong with %1$s when %3$s, and how does %2$s help?",
  "Explain the trade-offs between %1$s and %2$s for a team where %3$s.",
  "Walk me through debugging %1$s in production when %3$s.",
  "When would you choose %1$s over %2$s, and when not?",
  "Design a service built on %1$s and %2$s; traffic is spiky and %3$s.",
  "How do you test %1$s locally, and what changes once %2$s is involved?",
  "Which metrics would you watch for %1$s, and how would you alert on %2$s?",
];

export const SITUATIONS = [
  "traffic spikes tenfold during a sale", "the downstream database has a connection limit",
  "messages arrive out of order", "the payload exceeds 6 MB", "the team is new to serverless",
  "the latency budget is under 100 ms", "the bill doubled last month", "a deploy must not drop requests",
  "a third-party API rate-limits you", "the function runs inside a VPC",
  "data must stay encrypted at rest", "retries cause duplicate writes",
  "a batch job takes longer than 15 minutes", "several tenants share the stack",
  "the logs are too noisy to be useful",
];

export const SENTENCES = [
  "Start from %s and explain how it interacts with %s.",
  "A common mistake is to tune %s before measuring %s.",
  "Name the limits of %s and how %s works around them.",
  "Strong answers quantify the effect of %s on %s.",
  "Expect a follow-up on how %s fails and what %s does then.",
  "Compare %s with %s on cost, latency and operational effort.",
  "Show how you would monitor %s, with alarms on %s.",
  "Handlers must be idempotent because %s retries and %s may deliver twice.",
  "Describe a real incident involving %s and the fix that used %s.",
  "Point out where %s becomes the bottleneck and how %s relieves it.",
  "Keep the configuration of %s in code, next to %s.",
  "Scope the permissions of %s tightly and encrypt what %s stores.",
  "Mention what %s costs at scale and when %s is cheaper.",
  "Explain how a deploy changes %s without disturbing %s.",
];

export const TAGS = [
  "lambda", "cold-start", "concurrency", "sqs", "sns", "dynamodb", "api-gateway", "eventbridge",
  "step-functions", "kinesis", "s3", "networking", "security", "iam", "observability", "cost",
  "deployment", "testing", "architecture", "databases", "caching", "messaging", "containers",
  "limits", "runtime", "error-handling", "scaling", "experience", "integrations", "secrets",
];

/**
 * One INSERT … SELECT that writes `count` public questions. Words are picked by (i * prime) % n so
 * the rows vary deterministically; tags are skewed so a few are common and most are rare.
 */
export function generateQuestionsQuery(count: number) {
  const text = `
    WITH v AS (SELECT $1::text[] AS terms, $2::text[] AS prompts, $3::text[] AS situations,
                      $4::text[] AS sentences, $5::text[] AS tags)
    INSERT INTO "Question" ("id", "slug", "prompt", "whyAsked", "answerNotes", "keyPoints", "tags",
                            "difficulty", "suggestedSeconds", "visibility", "createdAt", "updatedAt")
    SELECT 'bench-' || g.i,
           'bench-' || g.i || '-' || trim(both '-' from regexp_replace(lower(w.topic || ' ' || w.other), '[^a-z0-9]+', '-', 'g')),
           format(v.prompts[(g.i * 11) % cardinality(v.prompts) + 1], w.topic, w.other, w.situation),
           format('Checks that you can reason about %s beyond the basics, especially when %s.', w.topic, w.situation),
           format(E'**Key idea**\\n\\n%s\\n\\n**Details**\\n\\n', w.topic) || (
             SELECT string_agg(format(v.sentences[(g.i * 19 + k * 23) % cardinality(v.sentences) + 1],
                                      v.terms[(g.i * 29 + k * 31) % cardinality(v.terms) + 1],
                                      v.terms[(g.i * 37 + k * 41) % cardinality(v.terms) + 1]), ' ')
             FROM generate_series(1, 10) AS k),
           ARRAY[format('Explains how %s works', w.topic),
                 format('Names a trade-off of %s against %s', w.topic, w.other),
                 format('Says how to watch %s in production', w.other)],
           ARRAY(SELECT DISTINCT t FROM unnest(
             CASE WHEN g.i % 5 = 0 THEN ARRAY[v.tags[w.t1]]
                  WHEN g.i % 4 = 0 THEN ARRAY[v.tags[w.t1], v.tags[w.t2], v.tags[w.t3]]
                  ELSE ARRAY[v.tags[w.t1], v.tags[w.t2]] END) AS t),
           (ARRAY['EASY', 'MEDIUM', 'HARD'])[g.i % 3 + 1]::"Difficulty",
           60 + (g.i * 7 % 9) * 30,
           'PUBLIC',
           now() - make_interval(secs => g.i),
           now()
    FROM generate_series(1, $6::int) AS g(i)
    CROSS JOIN v
    CROSS JOIN LATERAL (
      SELECT v.terms[(g.i * 7) % cardinality(v.terms) + 1] AS topic,
             v.terms[(g.i * 13 + 5) % cardinality(v.terms) + 1] AS other,
             v.situations[(g.i * 17) % cardinality(v.situations) + 1] AS situation,
             floor(cardinality(v.tags) * power(((g.i * 7919) % 1000) / 1000.0, 2))::int + 1 AS t1,
             (g.i * 3) % cardinality(v.tags) + 1 AS t2,
             (g.i * 11 + 7) % cardinality(v.tags) + 1 AS t3
    ) w`;
  return { text, values: [TERMS, PROMPTS, SITUATIONS, SENTENCES, TAGS, count] };
}
