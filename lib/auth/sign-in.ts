import "server-only";
import { clientAddress } from "@/lib/auth/client-address";
import { verifyPassword } from "@/lib/auth/password";
import { RULES, rateLimitHitsStatement, rateLimitStates, type RateLimitRow } from "@/lib/auth/rate-limit";
import { findUserWithPasswordHashAlongside, type SessionUser } from "@/lib/dal/users";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { signInSchema } from "@/lib/validations/auth";

/** Error codes the sign-in form turns into sentences (see lib/auth/sign-in-errors.ts). */
export class SignInRefused extends Error {}

const refuse = (code: string): never => {
  throw new SignInRefused(code);
};

/**
 * Email + password check behind the Credentials provider. Unknown email and wrong password take
 * the same path and the same time, and give the same answer.
 */
export async function authorizeWithPassword(
  credentials: unknown,
  headers: Record<string, string | string[] | undefined> | undefined,
): Promise<SessionUser> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return refuse("invalid_input");
  const { email, password } = parsed.data;

  const header = (name: string) => {
    const value = headers?.[name];
    return (Array.isArray(value) ? value.join(",") : value) ?? null;
  };
  // Both counters are hit before the password is checked, so parallel guesses can't all slip
  // under a limit; counting and the user's lookup are one statement (one round trip).
  const hits = [
    { rule: RULES.signInAddress, subject: clientAddress({ get: header }) },
    { rule: RULES.signInAccount, subject: email },
  ];
  const { rows, user } = await findUserWithPasswordHashAlongside<RateLimitRow>(
    email,
    rateLimitHitsStatement(hits),
  ).catch((error: unknown) => (isDatabaseUnavailable(error) ? refuse("unavailable") : Promise.reject(error)));
  const limits = rateLimitStates(hits, rows);
  const limited = limits.find((limit) => !limit.allowed);
  if (limited) return refuse(`rate_limited:${limited.retryAfterSeconds}`);

  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid) return refuse("invalid_credentials");
  // The account's failed-attempt counter is cleared when its session opens (options.ts).
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}
