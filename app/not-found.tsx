import { PageMain } from "@/components/layout/page-main";
import { SignInLinks, SiteHeader } from "@/components/layout/site-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <>
      <SiteHeader account={<SignInLinks />} />
      <PageMain>
        <EmptyState title="Page not found" action={<ButtonLink href="/questions">Browse the question bank</ButtonLink>}>
          The page you asked for does not exist, or it is not yours to see.
        </EmptyState>
      </PageMain>
    </>
  );
}
