import { SetError } from "@/lib/dal/sets";
import { fail } from "./result";

/** The named fields of a form as strings; missing or file fields are undefined. */
export function formFields<K extends string>(formData: FormData, names: readonly K[]) {
  const out = {} as Record<K, string | undefined>;
  for (const name of names) {
    const value = formData.get(name);
    out[name] = typeof value === "string" ? value : undefined;
  }
  return out;
}

/** Runs a set DAL call; a refusal it explains (not yours, already there, full) becomes `fail`. */
export async function refusingSetErrors<T>(work: () => Promise<T>) {
  try {
    return { ok: true as const, data: await work() };
  } catch (error) {
    if (error instanceof SetError) return fail(error.message);
    throw error;
  }
}

export const CHECK = "Check the highlighted fields.";
