import { NotSignedInError, requireActionUser } from "@/lib/auth/session";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "@/lib/db-errors";
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

/**
 * Runs an action for the signed-in user; anyone else gets a refusal, never the action. While the
 * database can't be reached the answer says so (nothing was written), instead of an error page.
 */
export async function asUser<T>(
  run: (user: ActingUser) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  let user: ActingUser;
  try {
    user = await requireActionUser();
  } catch (error) {
    if (error instanceof NotSignedInError) return fail(error.message);
    if (isDatabaseUnavailable(error)) return fail(UNAVAILABLE_MESSAGE);
    throw error;
  }
  try {
    return await run(user);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return fail(UNAVAILABLE_MESSAGE);
    throw error;
  }
}

export const NOT_A_FORM = "That request isn't a form this page sends. Reload the page and try again.";

/**
 * `asUser` for an action a form posts. A client can call an action with any value it can
 * serialise, so anything in place of the form is refused like other bad input, never a crash.
 */
export async function asFormUser<T>(
  formData: unknown,
  run: (user: ActingUser) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  return asUser<T>((user) => (formData instanceof FormData ? run(user) : Promise.resolve(fail(NOT_A_FORM))));
}
