import { getCurrentUser } from "@/lib/auth/session";
import { SignInLinks, SiteHeader } from "./site-header";
import { UserMenu } from "./user-menu";

export async function AppHeader() {
  const user = await getCurrentUser();
  return <SiteHeader account={user ? <UserMenu name={user.name ?? ""} email={user.email} /> : <SignInLinks />} />;
}
