import NextAuth from "next-auth";
import { withTransportSecurity } from "@/lib/api";
import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;

/**
 * next-auth's answers are a few hundred bytes: compressing them costs more CPU than it saves
 * bytes, and sign-in is the busiest CPU path there is. `no-transform` tells the server's
 * compression (and any proxy) to send them as they are; none of them may be cached.
 */
async function handler(request: Request, context: unknown) {
  const response = await nextAuth(request, context);
  const headers = new Headers(response.headers);
  headers.set("Cache-Control", "private, no-store, no-transform");
  return withTransportSecurity(
    new Response(response.body, { status: response.status, statusText: response.statusText, headers }),
  );
}

export { handler as GET, handler as POST };
