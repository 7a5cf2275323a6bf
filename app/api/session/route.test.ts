// The header asks who is signed in on every page view; while the database is away it gets a 503
// with a sentence, never a 500.
import { describe, expect, it, vi } from "vitest";

const getCurrentUser = vi.fn();
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => getCurrentUser() }));

const { GET } = await import("./route");

describe("GET /api/session", () => {
  it("names the signed-in user, uncached", async () => {
    getCurrentUser.mockResolvedValue({ id: "u1", name: "Ada", email: "ada@example.test", isAdmin: false });
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { name: "Ada", email: "ada@example.test" } });
    expect(response.headers.get("cache-control")).toContain("no-store");
  });

  it("answers 503 with Retry-After while the database can't be reached", async () => {
    getCurrentUser.mockRejectedValue(Object.assign(new Error("Connection terminated"), { code: "57P01" }));
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/temporarily unavailable/),
    });
  });
});
