import { NextResponse } from "next/server";
import { unavailable, withTransportSecurity } from "@/lib/api";
import { getCurrentUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db-errors";

/**
 * Who is signed in, for the header on cached public pages. Never cached, and sent uncompressed:
 * a few dozen bytes aren't worth a compressor's CPU on a request every page view makes.
 */
export async function GET() {
  let user;
  try {
    user = await getCurrentUser();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return withTransportSecurity(unavailable(error));
    throw error;
  }
  return withTransportSecurity(
    NextResponse.json(
      { user: user ? { name: user.name, email: user.email } : null },
      { headers: { "Cache-Control": "private, no-store, no-transform" } },
    ),
  );
}
