import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { PageMain } from "@/components/layout/page-main";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader />
      <PageMain>
        <div className="mx-auto w-full max-w-sm sm:py-6">{children}</div>
      </PageMain>
    </>
  );
}
