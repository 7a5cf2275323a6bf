import "server-only";
import { clientAddress } from "@/lib/auth/client-address";
import { verifyPassword } from "@/lib/auth/password";
import { RULES, hitRateLimit, resetRateLimit } from "@/lib/auth/rate-limit";
import { findUserWithPasswordHash, type SessionUser } from "@/lib/dal/users";
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
  // under a limit; the three reads go to the database together.
  const [byAddress, byAccount, user] = await Promise.all([
    hitRateLimit(RULES.signInAddress, clientAddress({ get: header })),
    hitRateLimit(RULES.signInAccount, email),
    findUserWithPasswordHash(email),
  ]);
  if (!byAddress.allowed) return refuse(`rate_limited:${byAddress.retryAfterSeconds}`);
  if (!byAccount.allowed) return refuse(`rate_limited:${byAccount.retryAfterSeconds}`);

  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid) return refuse("invalid_credentials");
  await resetRateLimit(RULES.signInAccount, email);
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}
