import type { ReactNode } from "react";
import { PageMain } from "@/components/layout/page-main";
import { SignInLinks, SiteHeader } from "@/components/layout/site-header";

// Static pages: the header can't know who is visiting, so it offers sign-in.
export default function MarketingLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader account={<SignInLinks />} />
      <PageMain>{children}</PageMain>
    </>
  );
}
