"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { RULES, formatRetryAfter, hitRateLimit, resetRateLimit } from "@/lib/auth/rate-limit";
import { deleteUser, endAllSessions, passwordHashOf, setPassword, updateUserName } from "@/lib/dal/users";
import { changePasswordSchema, deleteAccountSchema, updateNameSchema } from "@/lib/validations/auth";
import { asFormUser, asUser, fail, type ActionResult } from "./result";

const CHECK = "Check the highlighted fields.";

export async function updateName(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const parsed = updateNameSchema.safeParse({ name: formData.get("name") });
    if (!parsed.success) return fail(CHECK, z.flattenError(parsed.error).fieldErrors);
    await updateUserName({ userId: user.id, name: parsed.data.name });
    revalidatePath("/", "layout");
    return { ok: true, message: "Name saved." };
  });
}

/** Changes the password and signs out every other browser; this one stays signed in. */
export async function changePassword(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const parsed = changePasswordSchema.safeParse({
      currentPassword: formData.get("currentPassword"),
      newPassword: formData.get("newPassword"),
    });
    if (!parsed.success) return fail(CHECK, z.flattenError(parsed.error).fieldErrors);
    const { currentPassword, newPassword } = parsed.data;
    // Counted before the check, so guesses sent at once can't all slip under the limit.
    const limit = await hitRateLimit(RULES.passwordCheck, user.id);
    if (!limit.allowed) {
      const wait = `Too many tries. Try again ${formatRetryAfter(limit.retryAfterSeconds)}.`;
      return fail(wait, { currentPassword: [wait] });
    }
    if (!(await verifyPassword(await passwordHashOf(user.id), currentPassword)))
      return fail(CHECK, { currentPassword: ["That isn't your current password."] });
    await resetRateLimit(RULES.passwordCheck, user.id);
    if (isCommonPassword(newPassword))
      return fail(CHECK, { newPassword: ["That password is one of the most common ones. Choose another."] });
    await setPassword({
      userId: user.id,
      passwordHash: await hashPassword(newPassword),
      keepSessionId: user.sessionId,
    });
    return { ok: true, message: "Password changed. Other devices have been signed out." };
  });
}

/** Ends every session of the user, this one included; the page then clears its cookie. */
export async function signOutEverywhere(): Promise<ActionResult> {
  return asUser(async (user) => {
    await endAllSessions({ userId: user.id });
    return { ok: true, message: "Signed out of all devices." };
  });
}

export async function deleteAccount(_previous: unknown, formData: FormData): Promise<ActionResult> {
  return asFormUser(formData, async (user) => {
    const parsed = deleteAccountSchema.safeParse({ confirmEmail: formData.get("confirmEmail") });
    if (!parsed.success || parsed.data.confirmEmail !== user.email.toLowerCase())
      return fail(CHECK, { confirmEmail: ["Type your account's email address exactly to confirm."] });
    await deleteUser({ userId: user.id });
    return { ok: true, message: "Your account and everything in it has been deleted." };
  });
}
