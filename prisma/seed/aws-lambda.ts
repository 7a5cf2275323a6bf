import type { SeedQuestion } from "./types";

// Interview practice questions about AWS Lambda.
// answerNotes are Markdown; code inside them is illustrative and never executed.

export const awsLambdaQuestions: SeedQuestion[] = [
  {
    slug: "lambda-describe-recent-project",
    prompt:
      "Walk me through the most recent project where you used AWS Lambda. What did it do, what was your part in it, and what did it achieve for the business?",
    whyAsked:
      "Checks for genuine hands-on experience and whether you can tie technical choices to business outcomes. Anything you mention is fair game for follow-up questions, so only claim work you actually did.",
    answerNotes: `**A structure that works (about two minutes)**

1. **Context**: the problem and who had it, in one or two sentences.
2. **Architecture**: the triggers, the functions and the data stores. Name the event sources and say why Lambda fitted (spiky traffic, event-driven work, a small team with no appetite for servers).
3. **Your role**: what you personally designed, wrote or operated.
4. **One hard problem**: a cold-start, concurrency, timeout or cost issue and how you fixed it. Interviewers usually dig in here.
5. **Outcome**: numbers if you have them (latency, cost, hours saved, incidents avoided).
6. **Hindsight**: one thing you would do differently.

**Pitfalls**
- Listing services without following one event through the system.
- Presenting the whole team's work as your own; the follow-ups will expose it.
- Never explaining *why* Lambda rather than containers or VMs.

**Example answer**

> At my last company, sellers uploaded product photos that had to be resized into several formats before a listing went live. A cron job on an EC2 instance handled them in batches, so new products could take up to an hour to appear.
>
> I designed the replacement. An S3 upload notification lands on an SQS queue, and a Node.js 22 function on arm64 consumes it, produces the variants with \`sharp\`, writes them back to S3 and records metadata in DynamoDB. I wrote the CDK stack and the handler, and set up alarms on queue age and on the dead-letter queue.
>
> The hard part came when a marketplace import dropped 40,000 images at once. Lambda scaled without trouble, but it flooded a downstream pricing API. I capped the event source mapping's maximum concurrency and enabled partial batch responses, so one corrupt image no longer sent a whole batch back to the queue.
>
> Photos now go live in under ten seconds, and retiring the EC2 box cut that part of the bill by roughly 70%. In hindsight I'd have added idempotency keys from day one; we saw a few duplicate writes before we did.`,
    keyPoints: [
      "Opens with the business problem and who benefited",
      "Traces the event flow: trigger, function(s), data stores",
      "Makes clear which parts they personally built or owned",
      "Describes one real difficulty and how it was resolved",
      "Quantifies the outcome and names something they'd change",
    ],
    tags: ["experience", "architecture"],
    difficulty: "EASY",
    suggestedSeconds: 180,
  },
  {
    slug: "lambda-services-integrated",
    prompt:
      "Which AWS services have you actually connected to Lambda functions, and why did you pick them for those workloads?",
    whyAsked:
      "The interviewer wants depth rather than breadth: integrations you can explain, how each one invokes the function, and how you dealt with non-serverless parts such as a relational database.",
    answerNotes: `**How to structure it**

Resist reciting every possible trigger. Choose the three or four integrations you really used and, for each one, cover:
- **How it invokes Lambda**: synchronously (API Gateway, ALB, function URLs, Cognito triggers), asynchronously (S3, SNS, EventBridge), or through an event source mapping where Lambda polls (SQS, Kinesis, DynamoDB Streams, Kafka).
- **Why it fitted**: decoupling, fan-out, ordering, replay, cost.
- **What you had to handle**: retries, batch size, IAM permissions, payload limits.

Bring up the non-serverless parts too. Plenty of real systems pair Lambda with RDS, ElastiCache or a legacy service inside a VPC, and explaining how you handled connections and networking there shows maturity.

**A grouping that reads well**

| Role | Examples |
|---|---|
| Front door | API Gateway, function URLs, ALB |
| Messaging | SQS, SNS, EventBridge |
| Streams | Kinesis, DynamoDB Streams |
| Storage and data | S3, DynamoDB, RDS through RDS Proxy |
| Orchestration | Step Functions |

**Example answer**

> Four, mainly. API Gateway HTTP APIs sat in front of our customer-facing functions; that path is synchronous, so we kept handlers fast and returned meaningful 4xx and 5xx codes. SQS sat between the order service and the fulfilment functions because it soaked up spikes and gave us a dead-letter queue for poison messages. DynamoDB Streams pushed item changes into OpenSearch for product search. And EventBridge rules drove nightly jobs and let us react to events published by other teams.
>
> We weren't fully serverless. Reporting queried PostgreSQL on RDS in private subnets, so those functions were attached to the VPC and went through RDS Proxy. Before the proxy, a traffic burst opened hundreds of connections and the database started refusing them.`,
    keyPoints: [
      "Names only integrations they have used, with a reason for each",
      "Knows whether each source invokes sync, async or via an event source mapping",
      "Mentions per-integration concerns: retries, batching, permissions",
      "Includes non-serverless pieces (e.g. RDS) and how they were handled",
    ],
    tags: ["experience", "integrations", "invocation"],
    difficulty: "EASY",
    suggestedSeconds: 180,
  },
  {
    slug: "lambda-cold-and-warm-starts",
    prompt:
      "What is a cold start in Lambda, how is it different from a warm start, and what can you do to reduce its impact?",
    whyAsked:
      "Tests whether you understand the execution environment lifecycle, how the runtime you pick affects start-up latency, and the current tools and billing rules around initialisation.",
    answerNotes: `**The lifecycle**

If a request arrives and no idle execution environment is available, Lambda builds one. In this **INIT** phase it fetches the code (zip or container image), starts an isolated environment with the configured memory, starts any extensions and the runtime, and runs your initialisation code, meaning everything at module level outside the handler. Only then does the **INVOKE** phase run the handler. That extra delay is the cold start.

Afterwards Lambda keeps the environment for an unspecified period. A later request routed to it skips INIT and goes straight to the handler: a warm start. Module-level objects, SDK clients, open connections and files in \`/tmp\` survive between warm invocations, but code must never depend on that.

**Billing**: since 1 August 2025 the INIT duration counts toward billed duration for every kind of function, including on-demand zip functions on managed runtimes, which previously didn't pay for it. Slow initialisation now costs money as well as latency.

**What makes it longer**
- Runtime: Node.js, Python and Go usually start quickly; Java and .NET tend to be slower because of JVM/CLR start-up and class loading.
- Large packages and heavy work at import time.
- Low memory settings, since CPU is allocated in proportion to memory.

**Mitigations**
- Keep bundles small: bundle and tree-shake, import only the SDK v3 clients you use.
- Do one-time setup outside the handler so warm invocations reuse it.
- **Provisioned concurrency** on an alias keeps a set number of environments initialised (charged while configured).
- **SnapStart** (Java, Python, .NET) snapshots an initialised environment when you publish a version and resumes from it.
- Scheduled "keep-warm" pings only keep a few environments alive and don't help with bursts.

\`\`\`ts
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";

// Module scope: runs once per execution environment, during INIT
const docs = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { id: string }) => {
  // Handler scope: runs on every invocation and reuses the client
  const { Item } = await docs.send(
    new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: event.id } }),
  );
  return Item ?? null;
};
\`\`\``,
    keyPoints: [
      "INIT builds the environment and runs code outside the handler; warm starts skip it",
      "Java and .NET usually initialise more slowly than Node.js or Python",
      "INIT duration is billed for all functions since August 2025",
      "Create clients and connections outside the handler so warm calls reuse them",
      "Mitigations: smaller packages, provisioned concurrency, SnapStart",
    ],
    tags: ["cold-start", "runtime"],
    difficulty: "MEDIUM",
    suggestedSeconds: 210,
  },
  {
    slug: "lambda-sync-vs-async-invocation",
    prompt:
      "How does a synchronous Lambda invocation differ from an asynchronous one, and who gets to decide which model is used?",
    whyAsked:
      "The invocation model determines who waits, who retries, which payload limits apply and where failures end up, so it drives both error handling and architecture.",
    answerNotes: `**Synchronous (\`RequestResponse\`)**

The caller blocks while the function runs and gets the result or the error back directly. Lambda does not retry on its own; that is the caller's decision. Request and response payloads are each capped at 6 MB. Examples: API Gateway, Application Load Balancer, function URLs, Cognito triggers, and an SDK \`Invoke\` call with the default type.

**Asynchronous (\`Event\`)**

Lambda puts the event on an internal queue, answers with HTTP 202 at once, and runs the function later. If the function fails, Lambda retries (two more attempts by default), events that wait too long expire, and failures can be routed to an on-failure destination or a dead-letter queue. The payload limit is 1 MB. Examples: S3 notifications, SNS, EventBridge.

**Event source mappings: the third model**

For SQS, Kinesis, DynamoDB Streams, Amazon MQ and Kafka, a Lambda-managed poller reads batches from the source and invokes the function synchronously. Retries then follow the source's rules: visibility timeout and redrive for SQS, retry until the record expires (or configured limits) for streams.

**Who chooses?**
- When an AWS service triggers the function, the service's integration fixes the model. You configure the service, not the invocation type.
- When you call the \`Invoke\` API yourself, you choose with \`InvocationType\`.

\`\`\`ts
import { LambdaClient, InvokeCommand } from "@aws-sdk/client-lambda";

const lambda = new LambdaClient({});

export async function requestReport(reportId: string): Promise<number | undefined> {
  const out = await lambda.send(
    new InvokeCommand({
      FunctionName: "build-report",
      InvocationType: "Event", // queue it and return immediately
      Payload: new TextEncoder().encode(JSON.stringify({ reportId })),
    }),
  );
  return out.StatusCode; // 202 when the event was accepted
}
\`\`\`

**Design consequences**
- Synchronous paths: keep handlers short; API Gateway has its own integration timeout, so slow work belongs behind a queue.
- Asynchronous paths: make handlers idempotent, because retries and the occasional duplicate delivery happen.
- An async caller never sees the result, so report completion with destinations or events.`,
    keyPoints: [
      "Sync: caller waits and owns retries; 6 MB request/response limit",
      "Async: Lambda queues the event, returns 202 and retries; 1 MB payload limit",
      "Poll-based sources (SQS, streams) use event source mappings that invoke synchronously",
      "Service integrations fix the model; direct Invoke callers set InvocationType",
      "Async handlers must be idempotent and report outcomes via destinations/events",
    ],
    tags: ["invocation", "architecture"],
    difficulty: "MEDIUM",
    suggestedSeconds: 180,
  },
  {
    slug: "lambda-error-handling-and-retries",
    prompt:
      "How do you deal with errors and retries in a system built on Lambda? Give concrete examples for different kinds of triggers.",
    whyAsked:
      "In distributed, event-driven systems failure is routine. A good answer shows that you know each source's retry semantics and have planned for poison messages, duplicate deliveries and visibility into failures.",
    answerNotes: `Retry behaviour depends on how the function is invoked, so answer source by source.

**Synchronous (API Gateway, function URLs)**

Catch expected errors and translate them into proper status codes (400 for bad input, 404, 409, 503 for "try again later"). Log the details, but don't return stack traces. The client decides whether to retry, ideally with exponential backoff and only for idempotent operations.

**Asynchronous (S3, SNS, EventBridge)**
- Lambda retries a failed event 0–2 times (default 2, so at most three attempts).
- A *maximum event age* between 60 seconds and 6 hours discards events that waited too long.
- Route failures to an **on-failure destination** (SQS, SNS, EventBridge or another function). Destination records include the error and invocation context, which is why they are preferred over the older function-level DLQ.

**SQS event source mapping**
- A failed batch reappears after the visibility timeout and is retried. Once a message has been received \`maxReceiveCount\` times, the queue's redrive policy moves it to the DLQ; this lives on the queue, not on the function.
- Make the visibility timeout several times the function timeout (AWS suggests at least six).
- Turn on **partial batch responses** so only the failed messages come back.

**Streams (Kinesis, DynamoDB Streams)**

Cap retry attempts and record age, enable splitting a failing batch in two, and send details of skipped records to an on-failure destination. Otherwise one bad record blocks its shard.

\`\`\`ts
// CDK v2: redrive on the queue, per-message failure reporting on the mapping
const dlq = new sqs.Queue(this, "OrdersDlq", { retentionPeriod: Duration.days(14) });
const orders = new sqs.Queue(this, "Orders", {
  visibilityTimeout: Duration.minutes(3), // worker timeout is 30 s
  deadLetterQueue: { queue: dlq, maxReceiveCount: 4 },
});
worker.addEventSource(new SqsEventSource(orders, { batchSize: 10, reportBatchItemFailures: true }));
\`\`\`

\`\`\`ts
import type { SQSEvent, SQSBatchResponse } from "aws-lambda";
import { processOrder } from "./orders"; // your business logic

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    try {
      await processOrder(JSON.parse(record.body));
    } catch (err) {
      console.error(JSON.stringify({ messageId: record.messageId, error: String(err) }));
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
\`\`\`

**For every source**: write idempotent handlers (delivery is at-least-once), alarm on DLQ depth and destination traffic, and have a tested way to redrive failed messages.`,
    keyPoints: [
      "Sync errors return to the caller as meaningful status codes; the caller retries",
      "Async: 0–2 retries, maximum event age, on-failure destinations over DLQs",
      "SQS: visibility timeout plus redrive policy/maxReceiveCount moves poison messages to a DLQ",
      "Partial batch responses (ReportBatchItemFailures) avoid reprocessing whole batches",
      "Idempotent handlers and alarms on DLQs and destinations",
    ],
    tags: ["error-handling", "sqs", "invocation"],
    difficulty: "MEDIUM",
    suggestedSeconds: 240,
  },
  {
    slug: "lambda-dev-and-deploy-workflow",
    prompt:
      "Describe how you develop, test and deploy Lambda functions. Which tools have you used, and what does your pipeline look like?",
    whyAsked:
      "Shows whether you treat functions as production software: infrastructure as code, automated tests at sensible levels, safe rollouts and quick rollback.",
    answerNotes: `**Structure for a strong answer**

1. **Infrastructure as code**: the tool you used and why.
2. **Inner loop**: how you run and debug code before it reaches AWS.
3. **Testing levels**: unit, integration, end-to-end.
4. **Pipeline**: stages, accounts per environment, approvals.
5. **Release safety**: versions, aliases, gradual traffic shifting, rollback.

**The tool landscape**
- **AWS SAM**: a serverless-focused extension of CloudFormation with \`sam build\`, \`sam local invoke\` and \`sam sync --watch\`.
- **AWS CDK**: CloudFormation generated from TypeScript, Python and other languages; \`NodejsFunction\` bundles handlers with esbuild.
- **Serverless Framework**, **Terraform**, **Pulumi**, or plain **CloudFormation**.

**Testing**
- Unit tests: keep business logic in plain functions, feed handlers sample events, and stub SDK v3 clients (for example with \`aws-sdk-client-mock\`).
- Integration tests against real resources in a dedicated dev or staging account, because emulators don't reproduce IAM, quotas or exact service behaviour.
- A handful of end-to-end smoke tests after each deployment.

**Safe rollout**

Publish a version on every deploy, point an alias at it, and let CodeDeploy move traffic gradually (canary or linear) while CloudWatch alarms watch error rates. A firing alarm rolls the alias back.

\`\`\`yaml
# SAM: gradual deployment with automatic rollback
OrdersApiFunction:
  Type: AWS::Serverless::Function
  Properties:
    Runtime: nodejs22.x
    Architectures: [arm64]
    Handler: dist/api.handler
    AutoPublishAlias: live
    DeploymentPreference:
      Type: Canary10Percent5Minutes
      Alarms:
        - !Ref OrdersApiErrorAlarm
\`\`\`

**Example answer**

> We used CDK in TypeScript with one stack per service. Developers ran Vitest unit tests with mocked SDK clients and deployed personal stacks into a sandbox account, using \`cdk watch\` for fast iteration. GitHub Actions, authenticating to AWS through OIDC instead of stored access keys, ran lint and tests on every pull request, deployed to a staging account and ran integration tests against the real API and queues. Production deploys published a new version and CodeDeploy sent 10% of traffic to it for five minutes. Twice in a year the error-rate alarm rolled a release back before customers noticed.`,
    keyPoints: [
      "Names an IaC tool (SAM, CDK, Serverless, Terraform, Pulumi, CloudFormation) and why",
      "Unit tests on handler logic with mocked SDK clients",
      "Integration tests against real AWS resources in a separate account or stage",
      "CI/CD pipeline that promotes through environments",
      "Versions and aliases with CodeDeploy canary/linear shifting and alarm rollback",
    ],
    tags: ["deployment", "experience"],
    difficulty: "MEDIUM",
    suggestedSeconds: 240,
  },
  {
    slug: "lambda-email-triggered-processing",
    prompt:
      "Support wants every email sent to support@example.com to be processed automatically by code. Can Lambda be triggered by incoming email? If so, sketch the design.",
    whyAsked:
      "A design question that checks whether you know Amazon SES email receiving and can build a durable, decoupled pipeline rather than just wiring up a trigger.",
    answerNotes: `Yes. Amazon SES can receive mail for a domain you control and run actions on each message, one of which is invoking a Lambda function.

**Setup**
1. Verify the domain in SES, in a region that supports email receiving (not every SES region does).
2. Point the domain's MX record at that region's SES inbound endpoint.
3. Create a receipt rule set, make it active, and add a rule whose recipient is \`support@example.com\`.

**Rule actions, in order**
- **S3 action**: store the raw MIME message in a bucket (bucket policy allowing SES to write, encryption on). You keep an exact copy for audits and reprocessing.
- **Lambda action**: invoke the processing function, normally asynchronously. Its event carries headers, recipients and spam/virus verdicts but not the message body, so the function reads the stored object from S3.

An equivalent variant uses only the S3 action and lets an S3 event notification on the object prefix trigger the function.

**Processing**
- Parse the MIME content (e.g. with \`mailparser\`) to get sender, subject, text and attachments.
- Skip messages whose virus or spam verdict failed, and deduplicate on the message ID.
- Create the ticket, or publish a "support email received" message to SQS or EventBridge so slow or flaky downstream systems are retried independently.

\`\`\`ts
import type { SESEvent } from "aws-lambda";
import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import { simpleParser } from "mailparser";
import { openTicket } from "./helpdesk";

const s3 = new S3Client({});

export const handler = async (event: SESEvent): Promise<void> => {
  for (const { ses } of event.Records) {
    if (ses.receipt.virusVerdict.status === "FAIL") continue;

    const stored = await s3.send(
      new GetObjectCommand({ Bucket: process.env.MAIL_BUCKET, Key: \`inbound/\${ses.mail.messageId}\` }),
    );
    const raw = Buffer.from(await stored.Body!.transformToByteArray());
    const mail = await simpleParser(raw);

    await openTicket({ from: mail.from?.text ?? "unknown", subject: mail.subject ?? "", body: mail.text ?? "" });
  }
};
\`\`\`

**Operations**: alarms on function errors, an on-failure destination for the async invocation, and a lifecycle rule on the bucket that matches your retention policy.`,
    keyPoints: [
      "Yes: SES email receiving with a verified domain and an MX record",
      "An active receipt rule set with a rule for the support address",
      "Store the raw message in S3 first, then invoke Lambda (its event lacks the body)",
      "Parse MIME, drop spam/viruses, deduplicate, hand off via a queue",
      "Notes that SES email receiving is only available in some regions",
    ],
    tags: ["email", "integrations", "architecture"],
    difficulty: "MEDIUM",
    suggestedSeconds: 240,
  },
  {
    slug: "lambda-invoking-lambda",
    prompt:
      "Is it a good idea for a Lambda function to invoke a second function directly and wait for its answer? What would you do instead?",
    whyAsked:
      "Probes whether you recognise a well-known serverless anti-pattern and know the orchestration and event-driven alternatives.",
    answerNotes: `**It works**: any function whose role allows \`lambda:InvokeFunction\` can call another through the SDK. **Synchronous chaining is usually an anti-pattern**, though:
- **You pay twice**: the caller is billed for the time it sits waiting on the callee.
- **Timeouts stack**: the caller's timeout must cover the callee's, and the whole chain is still bounded by the first function (and by API Gateway's integration timeout if there is one).
- **Tight coupling**: throttling or failure in the callee surfaces in the caller, and every hop needs its own retry logic.
- **Double concurrency**: each request occupies two execution environments.
- **Harder debugging**: the workflow is hidden in code and spread across logs.

An asynchronous \`Invoke\` (\`InvocationType: "Event"\`) removes the waiting but gives the caller no result and still buries the workflow in code.

**Better options**
- **AWS Step Functions** to orchestrate multi-step work: retries with backoff, catch branches, parallel and map states, waits, and a visual history of every execution. Standard workflows suit long-running processes; Express workflows suit high-volume, short ones.
- **Events (choreography)**: the first function publishes to SQS, SNS or EventBridge and the next function is triggered from there. Steps stay decoupled and each one has its own retry and DLQ policy.
- **Lambda destinations** for a simple "when this succeeds, hand the result on" after asynchronous invocations.
- **Merge the functions** if they are really one unit of work; a library call is cheaper than a network hop.

\`\`\`ts
// CDK v2: orchestrate the steps instead of chaining functions
import { Duration } from "aws-cdk-lib";
import * as sfn from "aws-cdk-lib/aws-stepfunctions";
import * as tasks from "aws-cdk-lib/aws-stepfunctions-tasks";

const validate = new tasks.LambdaInvoke(this, "ValidateOrder", {
  lambdaFunction: validateFn,
  outputPath: "$.Payload",
});
const charge = new tasks.LambdaInvoke(this, "ChargeCard", {
  lambdaFunction: chargeFn,
  outputPath: "$.Payload",
}).addRetry({ maxAttempts: 3, interval: Duration.seconds(2), backoffRate: 2 });

new sfn.StateMachine(this, "CheckoutFlow", {
  definitionBody: sfn.DefinitionBody.fromChainable(
    validate.next(charge).next(new sfn.Succeed(this, "Done")),
  ),
  timeout: Duration.minutes(5),
});
\`\`\``,
    keyPoints: [
      "Possible via the SDK Invoke call, but synchronous chaining is an anti-pattern",
      "Caller pays while waiting; timeouts, failures and concurrency become coupled",
      "Step Functions for orchestration with retries, catches and execution history",
      "SQS/SNS/EventBridge events for decoupled choreography",
      "Consider merging functions that are really one unit of work",
    ],
    tags: ["architecture", "step-functions", "invocation"],
    difficulty: "MEDIUM",
    suggestedSeconds: 180,
  },
  {
    slug: "lambda-query-rds-private-subnet",
    prompt:
      "A PostgreSQL database runs on Amazon RDS in a private subnet. How would you let a Lambda function query it securely and without overwhelming it?",
    whyAsked:
      "Combines networking, security and connection management. Interviewers look for VPC configuration, security groups, connection pooling with RDS Proxy and sensible credential handling.",
    answerNotes: `Yes: give the function access to the VPC.

**Networking**
- Configure the function with private subnets in at least two Availability Zones and a security group.
- Lambda sets up Hyperplane ENIs in those subnets when the function is configured and shares them across execution environments, so VPC access no longer adds an ENI delay to each cold start.
- In the database's (or proxy's) security group, allow port 5432 **from the function's security group** rather than from an IP range.
- A VPC-attached function has no internet route by default. To reach AWS APIs such as Secrets Manager, add VPC endpoints or a NAT gateway.

**Connections**

Each execution environment holds its own connection, so a burst to 500 concurrent executions can mean 500 connections and exhaust \`max_connections\`. Put **RDS Proxy** in front of the database: it pools and reuses connections, shortens failover disruption, and can require IAM authentication while it reads database credentials from Secrets Manager. Open the connection **outside the handler** so warm invocations reuse it, and cap the function's concurrency if the database is small.

**Credentials**

Prefer IAM authentication with short-lived tokens, or read the password from Secrets Manager during init. Never put it in a plain environment variable.

\`\`\`ts
import { Signer } from "@aws-sdk/rds-signer";
import { Client } from "pg";

const host = process.env.PROXY_HOST!;
const user = process.env.DB_USER!;
let client: Client | undefined;

async function db(): Promise<Client> {
  if (client) return client; // reused across warm invocations
  const signer = new Signer({ hostname: host, port: 5432, username: user, region: process.env.AWS_REGION });
  const fresh = new Client({
    host,
    port: 5432,
    user,
    database: process.env.PG_DATABASE,
    password: await signer.getAuthToken(), // IAM token, only checked at connect time
    ssl: { rejectUnauthorized: true },
  });
  fresh.on("error", () => { client = undefined; }); // reconnect next time
  await fresh.connect();
  client = fresh;
  return fresh;
}

export const handler = async (event: { customerId: string }) => {
  const { rows } = await (await db()).query(
    "select id, total from orders where customer_id = $1",
    [event.customerId],
  );
  return rows;
};
\`\`\`

**Alternative**: for Aurora clusters, the RDS Data API runs SQL over HTTPS, which removes both the VPC attachment and connection management from the function.`,
    keyPoints: [
      "Attach the function to private subnets with a security group (Hyperplane ENIs)",
      "DB security group allows the function's security group on the DB port",
      "RDS Proxy pools connections so scaling doesn't exhaust max_connections",
      "Credentials via IAM auth or Secrets Manager, never plain env vars",
      "Connect outside the handler; VPC endpoints or NAT for AWS API access",
    ],
    tags: ["rds", "networking", "secrets"],
    difficulty: "HARD",
    suggestedSeconds: 240,
  },
  {
    slug: "lambda-drawbacks",
    prompt:
      "Lambda has obvious advantages. What are its drawbacks, and when would you choose something else?",
    whyAsked:
      "Checks for balanced judgement: knowing where serverless stops being a good fit instead of treating Lambda as the answer to everything.",
    answerNotes: `A strong answer names each trade-off and what you would do about it.

**Hard limits**
- **15-minute maximum** run time. Long batch work moves to ECS/Fargate or AWS Batch, or gets split into steps with Step Functions.
- **Payload size**: 6 MB for synchronous requests and responses, 1 MB for asynchronous events. Bigger data goes through S3, with only a reference in the event.
- **Package size**: 250 MB unzipped for zip packages including layers, 10 GB for container images.
- **Ephemeral, stateless environments**: no sticky sessions or background threads you can rely on between invocations, and \`/tmp\` belongs to one environment.

**Operational pain**
- **Debugging and observability**: one request can cross many functions and services. Without structured JSON logs carrying correlation IDs, tracing (X-Ray or OpenTelemetry) and good metrics, finding a root cause is slow.
- **Testing**: unit tests are easy, but emulators and mocks miss IAM, quotas and real service behaviour, so you also need real cloud environments per stage, which adds cost and complexity.
- **Cold starts**: noticeable for latency-sensitive APIs, especially Java or .NET without SnapStart or provisioned concurrency, and init time is billed.
- **Scaling pressure downstream**: Lambda can scale faster than a database or third-party API can cope with, so you need concurrency limits and queues.

**Economics and strategy**
- **Cost under constant heavy load**: per-request and per-GB-second pricing is excellent for spiky or modest traffic, but a service that is busy around the clock is often cheaper on Fargate, ECS on EC2 or EC2, especially with Savings Plans.
- **Vendor lock-in**: event shapes, IAM and triggers are AWS-specific. Keeping business logic in plain modules behind thin handlers limits the cost of moving.

**Example framing**

> I reach for Lambda for event-driven glue, spiky APIs and scheduled jobs. I'd choose containers or VMs when a workload runs flat out all day, when a single task needs more than 15 minutes, when the server must hold long-lived connections itself, or when it needs a GPU.`,
    keyPoints: [
      "15-minute timeout; long jobs go to Fargate/Batch or Step Functions",
      "Distributed debugging needs structured logs, correlation IDs and tracing",
      "Local testing is limited; real cloud test environments are needed",
      "Constant 24/7 high traffic can be cheaper on containers or EC2",
      "Also cold starts, payload/package limits and vendor lock-in",
    ],
    tags: ["architecture", "limits"],
    difficulty: "MEDIUM",
    suggestedSeconds: 180,
  },
  {
    slug: "lambda-concurrency-and-scaling",
    prompt:
      "How does Lambda scale, and how do you control its concurrency? Describe problems you have run into or would watch out for.",
    whyAsked:
      "Concurrency is where Lambda meets real-world limits: account quotas, throttling, protecting downstream systems and the SQS integration. Strong answers use the right terms and numbers.",
    answerNotes: `**Concepts**
- **Concurrency** is the number of requests in flight at one moment, i.e. the number of busy execution environments. Rough estimate: requests per second × average duration in seconds (100 rps × 0.5 s ≈ 50).
- **Scaling** is Lambda adding environments as demand grows. Each function can add up to 1,000 concurrent executions every 10 seconds, up to the account limit.
- **Account quota**: 1,000 concurrent executions per region by default, shared by all functions in the account; it can be raised through Service Quotas.

**Controls**
- **Reserved concurrency** guarantees a function a slice of the pool *and* caps it at that number. Handy for protecting a database or API, or set to 0 to switch a function off. No extra charge.
- **Provisioned concurrency** keeps a chosen number of environments initialised on a version or alias, removing cold starts for that share of traffic. It is billed while configured and can be scheduled with Application Auto Scaling.
- **Maximum concurrency on an SQS event source mapping** limits how many concurrent invocations that queue can drive (minimum value 2).

**When throttled**
- Synchronous callers receive \`429 TooManyRequestsException\` and have to retry.
- Asynchronous events are retried by Lambda until the maximum event age.
- Poll-based sources leave records in the source and try again.

**The classic SQS trap**

Throttling an SQS consumer with a low reserved concurrency used to backfire. The pollers kept receiving messages, invocations got throttled, messages went back to the queue with a higher receive count, and healthy messages ended up in the DLQ. Today you set **maximum concurrency** on the event source mapping instead, and if you also use reserved concurrency, keep it at or above that value.

\`\`\`ts
worker.addEventSource(
  new SqsEventSource(jobsQueue, {
    batchSize: 10,
    maxConcurrency: 20, // protects the downstream API
    reportBatchItemFailures: true,
  }),
);
\`\`\`

For Kinesis and DynamoDB Streams, concurrency follows the shard count; a parallelisation factor of up to 10 allows more concurrent batches per shard.

**What to watch**: \`ConcurrentExecutions\` and \`Throttles\` per function, \`ProvisionedConcurrencySpilloverInvocations\` when using provisioned concurrency, and \`ApproximateAgeOfOldestMessage\` on queues.`,
    keyPoints: [
      "Concurrency ≈ requests per second × average duration",
      "Default 1,000 per region (raisable); each function scales by 1,000 per 10 seconds",
      "Reserved concurrency guarantees and caps; provisioned pre-initialises and costs money",
      "SQS maximum concurrency on the mapping instead of low reserved concurrency",
      "Knows throttling behaviour per invocation type and monitors Throttles",
    ],
    tags: ["concurrency", "sqs", "cold-start"],
    difficulty: "HARD",
    suggestedSeconds: 240,
  },
  {
    slug: "lambda-environment-variables-and-secrets",
    prompt:
      "How do you supply configuration to a Lambda function, and what changes when the value is a secret such as a database password or API key?",
    whyAsked:
      "Looks for the line between ordinary configuration and secrets, knowledge of Secrets Manager and Parameter Store, caching, and least-privilege IAM.",
    answerNotes: `**Ordinary configuration: environment variables**

Table names, queue URLs, feature flags and log levels belong in environment variables set by your IaC. They are encrypted at rest with KMS (an AWS managed key by default, or your own key), but anyone allowed to view the function's configuration, in the console or through \`GetFunctionConfiguration\`, sees them in plain text. They also end up in your IaC templates, and all of them together must fit in 4 KB. So they are not the place for secrets.

**Secrets: a secret store, referenced by ARN or name**
- **AWS Secrets Manager**: rotation (with ready-made support for RDS), versioning, cross-account access; charged per secret per month.
- **SSM Parameter Store \`SecureString\`**: cheaper, KMS-encrypted, fine for secrets that don't need rotation.
- Put only the **ARN or parameter name** in an environment variable and fetch the value at runtime.
- Grant least privilege: \`secretsmanager:GetSecretValue\` on that one secret, plus \`kms:Decrypt\` if it uses a customer managed key. In CDK, \`secret.grantRead(fn)\` does this.
- **Cache** the value during init or with a short TTL instead of calling the API on every invocation. The **AWS Parameters and Secrets Lambda Extension** caches values and serves them over a local HTTP endpoint; Powertools for AWS Lambda has a parameters utility that caches in-process.

\`\`\`ts
// CDK v2
const billingFn = new NodejsFunction(this, "BillingFn", {
  entry: "src/billing.ts",
  runtime: lambda.Runtime.NODEJS_22_X,
  environment: {
    INVOICES_TABLE: invoices.tableName,      // not sensitive
    PAYMENT_SECRET_ARN: paymentSecret.secretArn, // a pointer, not the key itself
  },
});
paymentSecret.grantRead(billingFn);
\`\`\`

\`\`\`ts
// src/billing.ts: SDK v3, cached per execution environment
import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";

const secrets = new SecretsManagerClient({});
const TTL_MS = 5 * 60 * 1000;
let cache: { key: string; at: number } | undefined;

async function paymentKey(): Promise<string> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.key;
  const res = await secrets.send(
    new GetSecretValueCommand({ SecretId: process.env.PAYMENT_SECRET_ARN }),
  );
  const { apiKey } = JSON.parse(res.SecretString ?? "{}") as { apiKey: string };
  cache = { key: apiKey, at: Date.now() };
  return apiKey;
}

export const handler = async () => {
  const key = await paymentKey();
  // ...call the payment provider with \`key\`
};
\`\`\`

A short TTL lets a rotated secret take effect without redeploying.`,
    keyPoints: [
      "Non-sensitive config in environment variables set through IaC",
      "Env vars are KMS-encrypted at rest but readable by anyone who can view the config",
      "Secrets in Secrets Manager or Parameter Store SecureString; pass the ARN/name",
      "Least-privilege IAM: GetSecretValue on that secret (+ kms:Decrypt if needed)",
      "Cache secrets: at init, with a TTL, or via the Parameters and Secrets extension",
    ],
    tags: ["secrets"],
    difficulty: "MEDIUM",
    suggestedSeconds: 210,
  },
  {
    slug: "lambda-run-windows-executable",
    prompt:
      "You have a command-line tool, converter.exe, that only runs on Windows. Could a Lambda function fetch it from S3 and run it with some arguments? Why or why not?",
    whyAsked:
      "Checks that you know what Lambda's execution environment actually is (operating system, CPU architectures, writable storage) and can propose realistic alternatives.",
    answerNotes: `**No.** Lambda execution environments run Amazon Linux: Amazon Linux 2023 for current runtimes such as \`nodejs22.x\`, \`python3.13\` and \`provided.al2023\`, Amazon Linux 2 for some older ones, on either \`x86_64\` or \`arm64\`. A Windows executable needs the Windows kernel and system libraries, so it cannot run there. Container images don't change that, because Lambda only runs Linux images.

**What does work on Lambda**
- Linux binaries built for the function's architecture (static builds are easiest). Ship them in the deployment package, in a layer (extracted under \`/opt\`), or in a container image.
- If a binary really must be downloaded at runtime, save it to \`/tmp\`, the only writable path, make it executable, then run it. \`/tmp\` is 512 MB by default and configurable up to 10 GB.

\`\`\`ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export const handler = async (event: { inputKey: string }) => {
  // A Linux build of the tool, shipped in a layer under /opt/bin
  const { stdout } = await run(
    "/opt/bin/converter",
    ["--source", \`/tmp/\${event.inputKey}\`, "--target", "/tmp/result.pdf"],
    { timeout: 60_000 },
  );
  return { log: stdout };
};
\`\`\`

\`execFile\` passes arguments without a shell, which avoids command injection from event data.

**Options for a genuinely Windows-only tool**
1. **Find or build a Linux version.** Many tools have one, and .NET Framework code can often be moved to modern cross-platform .NET and run on a Lambda .NET runtime or in a container.
2. **Run it on Windows compute.** Use Windows containers on ECS (Fargate or EC2) or a Windows EC2 instance, with Lambda or Step Functions starting the task and passing the S3 location of the input.
3. **Compatibility layers such as Wine** are fragile and unsupported; I wouldn't build production work on them.`,
    keyPoints: [
      "No: Lambda runs Amazon Linux, so Windows executables can't run",
      "Supported architectures are x86_64 and arm64",
      "Linux binaries can ship in the package, a layer (/opt) or an image",
      "Only /tmp is writable (512 MB default, up to 10 GB)",
      "Alternatives: port to Linux, or run on Windows containers/EC2 triggered from Lambda",
    ],
    tags: ["runtime", "limits"],
    difficulty: "EASY",
    suggestedSeconds: 120,
  },
  {
    slug: "lambda-share-code-between-functions",
    prompt:
      "How do you share common code, such as logging, validation or data-access helpers, across many Lambda functions?",
    whyAsked:
      "Tests practical knowledge of Lambda layers and their trade-offs against build-time approaches such as monorepo packages and bundling.",
    answerNotes: `There are two main approaches; for TypeScript projects I usually prefer the second.

**1. Lambda layers**

A layer is a versioned zip archive that Lambda extracts under \`/opt\`. A function can use up to five layers. For Node.js, modules placed in \`nodejs/node_modules\` inside the layer can be imported as usual.
- Good for: large or native dependencies, organisation-wide extensions such as monitoring agents, and sharing across teams or languages.
- Drawbacks: versions are immutable, so every change means publishing a new version and updating each function; the bundler and type checker don't see layer code unless you configure them to; layers count toward the 250 MB unzipped limit; container-image functions can't use layers at all.

**2. Shared packages resolved at build time**

Keep shared code as packages in a monorepo (npm or pnpm workspaces, Nx, Turborepo) or publish them to a private registry, and let a bundler such as esbuild pull in only what each function imports. Each function becomes a self-contained artefact pinned to known versions, tests exercise exactly what ships, and tree-shaking keeps packages small.

**For container-image functions**, share a common base image instead.

\`\`\`ts
// CDK v2: a layer for a heavy native dependency, shared code bundled per function
const imagingLayer = new lambda.LayerVersion(this, "ImagingLayer", {
  code: lambda.Code.fromAsset("layers/imaging"), // contains nodejs/node_modules/sharp
  compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
  compatibleArchitectures: [lambda.Architecture.ARM_64],
  description: "Prebuilt image-processing libraries",
});

new NodejsFunction(this, "ThumbnailFn", {
  entry: "services/media/src/thumbnail.ts", // imports @acme/logging from the workspace
  runtime: lambda.Runtime.NODEJS_22_X,
  architecture: lambda.Architecture.ARM_64,
  layers: [imagingLayer],
  bundling: { externalModules: ["sharp"] }, // supplied by the layer at runtime
});
\`\`\`

**Rule of thumb**: bundle your own code; reserve layers for heavy, slow-changing dependencies and cross-cutting tooling.`,
    keyPoints: [
      "Layers: versioned zips extracted under /opt, up to 5 per function",
      "Layer trade-offs: version churn, tooling blind spots, count toward 250 MB, no images",
      "Monorepo or private packages bundled per function (esbuild, tree-shaking)",
      "Shared base images for container-image functions",
      "Picks an approach based on what is shared and how often it changes",
    ],
    tags: ["layers", "deployment"],
    difficulty: "MEDIUM",
    suggestedSeconds: 180,
  },
  {
    slug: "lambda-delete-layer-version",
    prompt: "If someone deletes a Lambda layer version, what happens to the functions that use it?",
    whyAsked:
      "A quick check of how well you understand layers: immutability, versioning and how a layer's content reaches a function.",
    answerNotes: `**Functions that already use it keep working.** When a function is created or updated with a layer version, Lambda keeps its own copy of that layer's content for the function. Deleting the layer version afterwards doesn't take it away, so those functions keep running, scaling and cold-starting normally.

**What you lose**
- You can no longer create functions, or update existing ones, so that they reference the deleted version; the API rejects it.
- A later deployment that still lists the deleted version's ARN fails, which is often when a team first notices.
- Version numbers are never reused: publishing again produces a new number.

**Related facts worth mentioning**
- Layer versions are immutable. "Updating" a layer means publishing a new version and pointing functions at it.
- Deleting a layer entirely means deleting each of its versions.
- Because functions hold their own copy, deleting a version does not pull vulnerable code out of production. Publish a fixed version and redeploy the affected functions.

\`\`\`bash
# Before deleting, list functions still pinned to the version
LAYER_ARN="arn:aws:lambda:eu-west-1:123456789012:layer:acme-utils:7"
aws lambda list-functions \\
  --query "Functions[?Layers && contains(Layers[].Arn, '$LAYER_ARN')].FunctionName"

aws lambda delete-layer-version --layer-name acme-utils --version-number 7
\`\`\`

(\`list-functions\` shows unpublished \`$LATEST\` configurations by default; add \`--function-version ALL\` to check published versions too.)`,
    keyPoints: [
      "Functions already using the version keep working; they hold a copy",
      "New functions or updates can't reference the deleted version",
      "Deployments that still reference that ARN will fail",
      "Layer versions are immutable and version numbers aren't reused",
      "Deleting doesn't remove vulnerable code from functions; redeploy instead",
    ],
    tags: ["layers"],
    difficulty: "EASY",
    suggestedSeconds: 120,
  },
  {
    slug: "lambda-layers-and-package-size",
    prompt:
      "Our function's dependencies no longer fit in the deployment package. Can we get around the size limit by moving them into layers? What are the real limits and options?",
    whyAsked:
      "A common misconception: layers help with reuse, not with size. The interviewer wants the current limits and realistic ways to stay within them or move past them.",
    answerNotes: `**No, layers don't raise the ceiling.** The function's code plus every layer it uses must fit within **250 MB unzipped**. Layers only move bytes around; they help with reuse and keep a frequently deployed package small, but the total limit is the same.

**Current limits**

| Limit | Value |
|---|---|
| Zip uploaded directly (console, API, CLI) | 50 MB |
| Zip deployed from S3 | may exceed 50 MB, but must still fit the unzipped limit |
| Unzipped size, function plus all layers | 250 MB |
| Layers per function | 5 |
| Container image | 10 GB |
| \`/tmp\` ephemeral storage | 512 MB default, up to 10 GB |

**Container images** are the escape hatch for genuinely large stacks (ML libraries, headless browsers). They live in ECR, keep the same programming model and 15-minute timeout, and can't use layers, so everything is built into the image.

**Ways to stay under 250 MB**
- Bundle and tree-shake (esbuild through CDK \`NodejsFunction\` or SAM's esbuild build) instead of zipping the whole \`node_modules\`.
- Leave out dev dependencies, tests, docs, unneeded source maps and native binaries for other platforms.
- Import only the modular AWS SDK v3 clients you use.
- Load large, rarely changing assets such as models or lookup data from S3 into \`/tmp\` at init, or mount EFS. This adds to init time, which is billed.

\`\`\`bash
# Find out what is actually big before deciding
du -sh node_modules/* | sort -h | tail -n 15
unzip -l function.zip | tail -n 1   # total uncompressed size
\`\`\``,
    keyPoints: [
      "Layers don't add capacity: the 250 MB unzipped limit includes all layers",
      "50 MB zipped for direct upload; larger zips are deployed via S3",
      "Up to 5 layers per function",
      "Container images (up to 10 GB) for genuinely large dependencies",
      "Shrink via bundling/tree-shaking, or load large assets from S3/EFS",
    ],
    tags: ["layers", "limits", "containers"],
    difficulty: "EASY",
    suggestedSeconds: 150,
  },
  {
    slug: "lambda-run-containerized-web-app",
    prompt:
      "We have a web application already packaged as a Docker image, say Express or Spring Boot. Can we simply deploy that image to Lambda? What would it take?",
    whyAsked:
      "Tests whether you understand that Lambda's container support is a packaging format, not a general container host, and whether you know the adapters and constraints involved.",
    answerNotes: `**Not unchanged.** Container support changes how a function is *packaged*, not how it *runs*. A Lambda container must speak the **Lambda Runtime API**: fetch the next event, process it, post the response. A typical web image starts an HTTP server and waits for connections, which Lambda never opens.

**Ways to make it work**
1. **AWS Lambda Web Adapter**: a Lambda extension you add to the image with one \`COPY\` into \`/opt/extensions\`. It receives events from API Gateway, an ALB or a function URL, forwards them as plain HTTP requests to your app on a local port (8080 unless configured), and turns the responses back into Lambda responses. Usually the smallest change.
2. **Framework adapters**: libraries that wrap the app as a handler, such as \`@codegenie/serverless-express\` for Express or AWS Serverless Java Container for Spring Boot.
3. **Rebuild on an AWS base image** (for example \`public.ecr.aws/lambda/nodejs:22\`), which already contains the runtime interface client, or add the runtime interface client to your own base image.

**Constraints that still apply**
- **15 minutes** maximum per invocation, and no background work between requests: the environment is frozen when no invocation is running.
- Stateless: in-memory state exists per environment only, so sessions go to DynamoDB, ElastiCache or similar.
- Only \`/tmp\` is writable (512 MB by default, up to 10 GB).
- Images up to **10 GB**, Linux on \`x86_64\` or \`arm64\`.
- Big frameworks and big images lengthen cold starts, and SnapStart doesn't apply to container images.
- Long-lived connections such as WebSockets need a different design (for example API Gateway WebSocket APIs).

\`\`\`ts
// CDK v2: the Dockerfile in ./web copies in the Web Adapter
import { CfnOutput, Duration } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";

const webApp = new lambda.DockerImageFunction(this, "WebApp", {
  code: lambda.DockerImageCode.fromImageAsset("./web"),
  architecture: lambda.Architecture.ARM_64,
  memorySize: 1024,
  timeout: Duration.seconds(30),
  environment: { AWS_LWA_READINESS_CHECK_PATH: "/health" },
});

const url = webApp.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
new CfnOutput(this, "WebAppUrl", { value: url.url });
\`\`\`

**When not to**: if traffic is steady or the app depends on background threads or persistent connections, ECS on Fargate is usually the better home for the same image.`,
    keyPoints: [
      "Not as-is: Lambda images must implement the Runtime API",
      "Lambda Web Adapter or framework adapters bridge Lambda events to HTTP",
      "AWS base images include the runtime interface client; otherwise add it",
      "Still 15-minute limit, event-driven, stateless, only /tmp writable",
      "10 GB image limit; large images and frameworks lengthen cold starts",
    ],
    tags: ["containers", "runtime", "limits"],
    difficulty: "MEDIUM",
    suggestedSeconds: 210,
  },
  {
    slug: "lambda-share-large-files",
    prompt:
      "Several Lambda functions need to read and write the same large files, hundreds of megabytes each. How would you share them?",
    whyAsked:
      "Checks knowledge of Lambda's storage options (EFS, S3, /tmp) and the networking and permissions each one requires.",
    answerNotes: `**Option 1: Amazon EFS, a shared file system**

Mount one EFS file system into every function that needs it; they all see the same POSIX files at the same time.
- The functions must be **connected to the VPC**, in subnets with EFS mount targets, with security groups that allow NFS (TCP 2049) from the functions to the mount targets.
- Create an **EFS access point** that fixes the POSIX user and group and a root directory, then configure each function with that access point and a **local mount path under \`/mnt/\`**.
- IAM: the function role needs \`elasticfilesystem:ClientMount\`, plus \`ClientWrite\` for writing. CDK adds the NFS ingress rule and these permissions when you pass the access point.
- Consider throughput (Elastic throughput suits bursty Lambda access), locking when several writers touch the same file, and the fact that every read is a network operation.

\`\`\`ts
// CDK v2
const sharedFs = new efs.FileSystem(this, "SharedFs", {
  vpc,
  encrypted: true,
  throughputMode: efs.ThroughputMode.ELASTIC,
});
const modelsAp = sharedFs.addAccessPoint("ModelsAp", {
  path: "/models",
  createAcl: { ownerUid: "1001", ownerGid: "1001", permissions: "750" },
  posixUser: { uid: "1001", gid: "1001" },
});

new NodejsFunction(this, "ScoringFn", {
  entry: "src/scoring.ts",
  runtime: lambda.Runtime.NODEJS_22_X,
  vpc,
  vpcSubnets: { subnets: vpc.privateSubnets },
  filesystem: lambda.FileSystem.fromEfsAccessPoint(modelsAp, "/mnt/models"),
});
\`\`\`

**Option 2: Amazon S3**

Often the simpler choice: no VPC required (or a gateway endpoint if the function is in one), practically unlimited size, versioning and lifecycle rules. Functions stream objects or use ranged reads, and pass object keys between each other instead of the data. It is object storage, so there are no in-place edits or file locks.

**Option 3: \`/tmp\`**

Fast, 512 MB to 10 GB per function, but **private to a single execution environment** and temporary. Useful as a cache after downloading from S3, never for sharing.

**Choosing**: EFS when code needs file semantics or many functions repeatedly read the same large files (ML models, reference data); S3 for hand-offs between pipeline steps and for durable storage.`,
    keyPoints: [
      "EFS gives shared POSIX storage across functions",
      "EFS requires VPC access, mount targets and NFS security-group rules",
      "Access point plus a mount path under /mnt/ in the function config",
      "S3 as the simpler alternative; pass object keys, not data",
      "/tmp (up to 10 GB) is per environment and not shared",
    ],
    tags: ["efs", "networking"],
    difficulty: "MEDIUM",
    suggestedSeconds: 180,
  },
];
