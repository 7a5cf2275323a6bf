import "server-only";
import { createSecretKey, hkdfSync, randomUUID, type KeyObject } from "node:crypto";
import { EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

// The same tokens as next-auth's own encode/decode (A256GCM, key derived with HKDF from the
// secret), with the derived key kept instead of derived again on every request: deriving goes
// through the thread pool that password hashing also uses, so under sign-in load every signed-in
// request would wait behind argon2.
const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;
const keys = new Map<string, KeyObject>();

function encryptionKey(secret: string | Buffer, salt: string): KeyObject {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = createSecretKey(Buffer.from(hkdfSync("sha256", secret, salt, info, 32)));
    keys.set(id, key);
  }
  return key;
}

export async function encode({ token = {}, secret, maxAge = DEFAULT_MAX_AGE, salt = "" }: JWTEncodeParams) {
  const now = Math.floor(Date.now() / 1000);
  return new EncryptJWT(token as JWTPayload)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(now)
    .setExpirationTime(now + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

export async function decode({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
