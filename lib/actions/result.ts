import { NotSignedInError, requireActionUser } from "@/lib/auth/session";
import type { FieldErrors } from "@/lib/validations/auth";

/** The one shape every server action answers with. */
export type ActionResult<T = undefined> =
  | ({ ok: true; message?: string } & (T extends undefined ? object : { data: T }))
  | { ok: false; message: string; fieldErrors?: FieldErrors };

export const fail = (message: string, fieldErrors?: FieldErrors) => ({
  ok: false as const,
  message,
  fieldErrors,
});

type ActingUser = Awaited<ReturnType<typeof requireActionUser>>;

/** Runs an action for the signed-in user; anyone else gets a refusal, never the action. */
export async function asUser<T>(
  run: (user: ActingUser) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  let user: ActingUser;
  try {
    user = await requireActionUser();
  } catch (error) {
    if (error instanceof NotSignedInError) return fail(error.message);
    throw error;
  }
  return run(user);
}
