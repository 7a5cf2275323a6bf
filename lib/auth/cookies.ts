import { env } from "@/lib/env";

/** Secure cookies whenever the site is served over https (set NEXTAUTH_URL=https://… in production). */
export const SECURE_COOKIES = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
export const SESSION_COOKIE = `${SECURE_COOKIES ? "__Secure-" : ""}rehearse.session`;
