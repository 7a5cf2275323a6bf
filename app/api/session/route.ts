import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";

/** Who is signed in, for the header on cached public pages. Never cached. */
export async function GET() {
  const user = await getCurrentUser();
  return NextResponse.json(
    { user: user ? { name: user.name, email: user.email } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
