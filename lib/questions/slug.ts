import { randomBytes } from "node:crypto";

const MAX_BASE = 60;

/** A readable, URL-safe slug from a prompt with a random suffix, so two authors never collide. */
export function questionSlug(prompt: string): string {
  const base =
    prompt
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, MAX_BASE)
      .replace(/-+$/, "") || "question";
  // 6 base32 characters: 30 bits, collisions only matter per identical prompt prefix.
  const suffix = Array.from(randomBytes(6), (b) => "abcdefghijklmnopqrstuvwxyz234567"[b & 31]).join("");
  return `${base}-${suffix}`;
}
