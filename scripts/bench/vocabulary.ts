// Words the generated questions are built from. Questions belong to one of eight domains and mostly
// use that domain's terms, so a search for "lambda" matches a realistic slice of the bank, not half of it.

const DOMAIN_SIZE = 16;
const TAGS_PER_DOMAIN = 4;

const DOMAINS = [
  "AWS Lambda, cold start, provisioned concurrency, reserved concurrency, API Gateway, Step Functions, EventBridge, Lambda layers, function URL, event source mapping, Graviton, memory size, function timeout, throttling, SAM, container image",
  "SQS, SNS, Kinesis, Kafka, RabbitMQ, dead-letter queue, FIFO queue, visibility timeout, partial batch response, message ordering, exactly-once delivery, fan-out, backpressure, consumer group, idempotency key, outbox pattern",
  "DynamoDB, Postgres, Aurora Serverless, RDS Proxy, connection pooling, secondary index, partition key, hot partition, read replica, schema migration, transaction isolation, deadlock, query planner, sharding, vacuum, write amplification",
  "Redis, ElastiCache, CloudFront, cache invalidation, TTL, cache stampede, CDN edge, p99 latency, load testing, flame graph, memory leak, garbage collection, connection reuse, HTTP keep-alive, compression, consistent hashing",
  "VPC, NAT gateway, security group, private subnet, IAM role, least privilege, KMS encryption, Secrets Manager, Parameter Store, OAuth, JWT, mTLS, WAF, CORS, SQL injection, rate limiting",
  "CloudWatch, X-Ray, distributed tracing, structured logging, OpenTelemetry, SLO, error budget, alerting, runbook, circuit breaker, retry policy, exponential backoff, chaos testing, health check, graceful shutdown, incident review",
  "CDK, Terraform, CloudFormation, GitHub Actions, blue/green deployment, canary release, feature flags, rollback, Docker, Kubernetes, ECS Fargate, autoscaling, load balancer, infrastructure drift, artifact versioning, environment promotion",
  "REST API, GraphQL, gRPC, WebSockets, webhooks, pagination, API versioning, event sourcing, CQRS, saga pattern, microservices, modular monolith, domain events, eventual consistency, multi-tenancy, cost optimisation",
].map((domain) => domain.split(", "));

export const TERMS = DOMAINS.flat();

/** Four tags per domain, in domain order; the first of each is the most used. */
export const TAGS = [
  "lambda, cold-start, concurrency, step-functions",
  "sqs, messaging, kinesis, sns",
  "databases, dynamodb, postgres, migrations",
  "caching, performance, cdn, redis",
  "security, networking, iam, secrets",
  "observability, error-handling, reliability, incidents",
  "deployment, containers, kubernetes, infrastructure",
  "architecture, api-design, events, cost",
].flatMap((tags) => tags.split(", "));

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
  "traffic spikes tenfold during a sale",
  "the downstream database has a connection limit",
  "messages arrive out of order",
  "the payload exceeds 6 MB",
  "the team is new to the stack",
  "the latency budget is under 100 ms",
  "the bill doubled last month",
  "a deploy must not drop requests",
  "a third-party API rejects bursts",
  "the service runs in a private network",
  "data must stay encrypted at rest",
  "retries cause duplicate writes",
  "a batch job runs for hours",
  "several tenants share the stack",
  "the logs are too noisy to be useful",
];

export const SENTENCES = [
  "Start from %s and explain how it interacts with %s.",
  "A common mistake is to tune %s before measuring %s.",
  "Name the limits of %s and how %s works around them.",
  "Strong answers put numbers on the effect of %s on %s.",
  "Expect a follow-up on how %s fails and what %s does then.",
  "Compare %s with %s on price, speed and operational effort.",
  "Show how you would monitor %s, with alarms on %s.",
  "Handlers must tolerate duplicates because %s redelivers and %s may run twice.",
  "Describe a real incident involving %s and the fix that used %s.",
  "Point out where %s becomes the bottleneck and how %s relieves it.",
  "Keep the configuration of %s in code, next to %s.",
  "Scope the permissions of %s tightly and protect what %s stores.",
  "Mention what %s costs at scale and when %s is cheaper.",
  "Explain how a release changes %s without disturbing %s.",
  "Draw the request path through %s and mark where %s sits.",
  "Interviewers like hearing when you would not use %s, for example because %s already covers it.",
  "Say which defaults of %s you change first and why %s matters for that choice.",
  "A small diagram of %s next to %s makes the answer easier to follow.",
  "Mention how %s behaves under partial failure and how %s limits the blast radius.",
  "Relate %s to the business: what users notice when %s misbehaves.",
  "Walk through a migration from an older setup to %s, keeping %s running meanwhile.",
  "Good candidates ask how much traffic %s sees before sizing %s.",
  "Testing %s in isolation misses problems that only show up with %s.",
  "Document the failure modes of %s in the runbook next to %s.",
];

/** General advice without technical terms, as real answer notes have between the specifics. */
export const FILLERS = [
  "Keep the answer concrete and tie each choice to a requirement the interviewer gave you.",
  "State your assumptions out loud before you pick a design, then check them against the numbers.",
  "It helps to describe the simplest version that works first and only then the improvements.",
  "Close with what you would measure after launch to know whether the decision was right.",
  "Avoid listing every option you know; choose one, justify it and mention a single alternative.",
  "If you have not used this in production, say so and reason from first principles instead.",
  "A short story from a previous job is more convincing than a textbook definition.",
  "Watch the clock: two minutes for the core answer, then let the interviewer steer.",
  "Make the trade-off explicit, because there is rarely a choice without a downside.",
  "Think about who gets paged at night when this breaks and what they will need to see.",
  "Mention the team: how many people can realistically operate what you are proposing.",
  "Summarise in one sentence at the end so the main point is not lost in the details.",
];

export const DOMAIN_COUNT = DOMAINS.length;
export { DOMAIN_SIZE, TAGS_PER_DOMAIN };
if (DOMAINS.some((terms) => terms.length !== DOMAIN_SIZE) || TAGS.length !== DOMAIN_COUNT * TAGS_PER_DOMAIN) {
  throw new Error("Every vocabulary domain needs 16 terms and 4 tags.");
}
