import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { authSecret, env } from "../../lib/env.ts";
import { log } from "./database.ts";

/**
 * The secret that signs session cookies. Production (your own DATABASE_URL) must configure it;
 * the embedded setup makes one on first start and keeps it, private, beside its data.
 */
export async function resolveAuthSecret(options: { embedded: boolean; dataDir: string }): Promise<string> {
  const configured = authSecret();
  if (configured) return configured;
  if (!options.embedded) {
    throw new Error(
      "AUTH_SECRET is not set. With your own DATABASE_URL Rehearse runs as production and needs a secret to sign sessions: set AUTH_SECRET to at least 32 random characters (openssl rand -base64 32).",
    );
  }
  const file = path.join(options.dataDir, "auth-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(options.dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  log(`Generated a session secret in ${file} (private to this machine; delete it to sign everyone out).`);
  return secret;
}

/**
 * The key Next.js encrypts server-action data with. Unset, each build makes its own, so a rebuild
 * would break forms that are open in a browser; the embedded setup keeps one beside its data. With
 * your own DATABASE_URL it stays unset unless configured: every instance of one build shares the
 * build's key, while keys generated per machine would differ.
 */
export async function resolveActionsKey(options: {
  embedded: boolean;
  dataDir: string;
}): Promise<string | undefined> {
  if (env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) return env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (!options.embedded) return undefined;
  const file = path.join(options.dataDir, "actions-key");
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing.length === 44) return existing;
  const key = randomBytes(32).toString("base64");
  await mkdir(options.dataDir, { recursive: true });
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  log(`Generated a server-actions key in ${file}.`);
  return key;
}
