import { markDatabaseDown } from "@/lib/db-health";
import { isDatabaseUnreachable } from "@/lib/db-errors";

/** Next calls this for every error a request's rendering or handler threw. */
export function onRequestError(error: unknown) {
  if (isDatabaseUnreachable(error)) markDatabaseDown();
}
