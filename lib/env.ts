import { z } from "zod";

// The one place that reads process.env. A bad value stops the process with a sentence naming it.
const fields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
    .optional(),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  CHROMIUM_PATH: z.string().optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  /** Signs session cookies. Required in production; `npm start` makes one for the embedded setup. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  NEXTAUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (try: openssl rand -base64 32)")
    .optional(),
  /**
   * Encrypts what server actions send through the page (Next.js). Every instance of one site needs
   * the same key, or a form rendered by one fails when another receives it; `npm start` keeps one in DATA_DIR.
   */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((key) => /^[A-Za-z0-9+/]{43}=$/.test(key), {
      error: "must be 32 random bytes in base64 (try: openssl rand -base64 32)",
    })
    .optional(),
  /** The site's public URL; https:// makes session cookies Secure. */
  NEXTAUTH_URL: z.url().optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_ID: z.string().optional(),
  GOOGLE_SECRET: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Browser tests only (playwright.config.ts): "1" lets the `rehearse-test-now` cookie move the
   * review clock (lib/review/clock.ts). Never set it on a deployed site.
   */
  E2E_TEST_HOOKS: z.literal("1", { error: 'must be "1" or unset (browser tests only)' }).optional(),
});

const schema = fields.refine((env) => !(env.E2E_TEST_HOOKS && env.NEXTAUTH_URL?.startsWith("https:")), {
  path: ["E2E_TEST_HOOKS"],
  message: "must not be set on a deployed (https) site: it lets a cookie move the review clock",
});

export type Env = z.infer<typeof schema>;

function parseEnv(): Env {
  // An empty value (`DATABASE_URL=` in .env) means "not set".
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv();

export function authSecret(): string | undefined {
  return env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
}

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start`, which runs an embedded Postgres when DATABASE_URL is unset.",
    );
  }
  return env.DATABASE_URL;
}
