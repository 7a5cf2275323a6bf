import "server-only";
import { clientAddress } from "@/lib/auth/client-address";
import { verifyPassword } from "@/lib/auth/password";
import {
  RULES,
  knownAddressKey,
  rateLimitHitsStatement,
  rateLimitKey,
  rateLimitStates,
  type RateLimitHit,
  type RateLimitRow,
} from "@/lib/auth/rate-limit";
import { findUserWithPasswordHashAlongside, type SessionUser } from "@/lib/dal/users";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { signInSchema } from "@/lib/validations/auth";

/** Error codes the sign-in form turns into sentences (see lib/auth/sign-in-errors.ts). */
export class SignInRefused extends Error {}

const refuse = (code: string): never => {
  throw new SignInRefused(code);
};

/** What a successful sign-in changes in the counters, done when its session opens (options.ts). */
export interface SignInCounters {
  /** The counter the success clears: the account's, or this known address's. */
  forget: string[];
  /** Marks this address as one the account signs in from (lib/auth/rate-limit.ts KNOWN_ADDRESS_SECONDS). */
  remember: string;
}

/**
 * Email + password check behind the Credentials provider. Unknown email and wrong password take
 * the same path and the same time, and give the same answer.
 */
export async function authorizeWithPassword(
  credentials: unknown,
  headers: Record<string, string | string[] | undefined> | undefined,
): Promise<SessionUser & { signInCounters: SignInCounters }> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return refuse("invalid_input");
  const { email, password } = parsed.data;

  const header = (name: string) => {
    const value = headers?.[name];
    return (Array.isArray(value) ? value.join(",") : value) ?? null;
  };
  // Both counters are hit before the password is checked, so parallel guesses can't all slip
  // under a limit; counting and the user's lookup are one statement (one round trip). From an
  // address the account signed in from lately, attempts count apart from everyone else's: others'
  // wrong passwords lock the account for strangers, not for its owner at home.
  const address = clientAddress({ get: header });
  const known = knownAddressKey(email, address);
  const pair = `${email}|${address}`;
  const hits: RateLimitHit[] = [
    { rule: RULES.signInAddress, subject: address },
    {
      rule: RULES.signInAccount,
      subject: email,
      instead: { rule: RULES.signInKnownAddress, subject: pair, ifRemembered: known },
    },
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
  // The success clears the counter it was counted on: the account's own from a new address, only
  // this address's from a known one (strangers' attempts still count against them).
  const pairKey = rateLimitKey(RULES.signInKnownAddress, pair);
  const counted = rows.some((row) => row.key === pairKey)
    ? pairKey
    : rateLimitKey(RULES.signInAccount, email);
  const signInCounters = { forget: [counted], remember: known };
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, signInCounters };
}
