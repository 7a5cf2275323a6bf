"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { hashPassword } from "@/lib/auth/password";
import { RULES, formatRetryAfter, hitRateLimit } from "@/lib/auth/rate-limit";
import { EmailTakenError, createUser } from "@/lib/dal/users";
import { signUpSchema } from "@/lib/validations/auth";
import { fail, NOT_A_FORM, type ActionResult } from "./result";

const COMMON = "That password is one of the most common ones and easy to guess. Choose another.";

/**
 * Creates an account. The form then signs in through next-auth with the same credentials,
 * so there is one sign-in path.
 */
export async function signUp(_previous: unknown, formData: FormData): Promise<ActionResult> {
  if (!((formData as unknown) instanceof FormData)) return fail(NOT_A_FORM);
  const parsed = signUpSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return fail("Check the highlighted fields.", z.flattenError(parsed.error).fieldErrors);
  if (isCommonPassword(parsed.data.password))
    return fail("Check the highlighted fields.", { password: [COMMON] });

  const limit = await hitRateLimit(RULES.signUpAddress, clientAddress(await headers()));
  if (!limit.allowed)
    return fail(
      `Too many new accounts from this network. Try again ${formatRetryAfter(limit.retryAfterSeconds)}.`,
    );

  try {
    const { name, email, password } = parsed.data;
    await createUser({ name, email, passwordHash: await hashPassword(password) });
  } catch (error) {
    if (error instanceof EmailTakenError)
      return fail("Check the highlighted fields.", {
        email: ["An account with this email already exists. Sign in instead."],
      });
    throw error;
  }
  return { ok: true };
}
