// While the database is away an action answers with a sentence, never an error page.
import { beforeEach, describe, expect, it, vi } from "vitest";

const requireActionUser = vi.fn();
vi.mock("@/lib/auth/session", () => ({
  NotSignedInError: class NotSignedInError extends Error {},
  requireActionUser: () => requireActionUser(),
}));

const { asUser } = await import("./result");
const { UNAVAILABLE_MESSAGE } = await import("@/lib/db-errors");

const unreachable = () =>
  Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

describe("asUser", () => {
  beforeEach(() => {
    requireActionUser.mockReset();
  });

  it("answers 'temporarily unavailable' when the session can't be checked", async () => {
    requireActionUser.mockImplementation(async () => {
      throw unreachable();
    });
    const run = vi.fn();
    expect(await asUser(run)).toEqual({ ok: false, message: UNAVAILABLE_MESSAGE, fieldErrors: undefined });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers 'temporarily unavailable' when the action's own query fails to reach the database", async () => {
    requireActionUser.mockResolvedValue({ id: "u1", sessionId: "s1" });
    const result = await asUser(async () => {
      throw Object.assign(new Error("wrapped"), { cause: unreachable() });
    });
    expect(result).toMatchObject({ ok: false, message: UNAVAILABLE_MESSAGE });
  });

  it("lets other errors through (redirects and real bugs are not hidden)", async () => {
    requireActionUser.mockResolvedValue({ id: "u1", sessionId: "s1" });
    await expect(asUser(async () => Promise.reject(new TypeError("a bug")))).rejects.toThrow("a bug");
  });
});
