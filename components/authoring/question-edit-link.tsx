"use client";

import type { Route } from "next";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { loadViewer } from "@/components/layout/viewer";
import { ButtonLink } from "@/components/ui/button";
import { canEditQuestion } from "@/lib/actions/questions";

/**
 * "Edit question" for the author or an admin. The question page is cached for everyone, so who
 * may edit is asked after load; everyone else sees nothing.
 */
export function QuestionEditLink({ slug }: { slug: string }) {
  const [allowed, setAllowed] = useState(false);

  const pathname = usePathname();

  useEffect(() => {
    let live = true;
    // Only a signed-in reader can be the author: nobody else costs the server a call.
    loadViewer(pathname)
      .then((viewer) => (viewer && live ? canEditQuestion(slug) : false))
      .then((may) => live && setAllowed(may))
      .catch(() => {}); // the page reads the same without the link
    return () => {
      live = false;
    };
  }, [slug, pathname]);

  if (!allowed) return null;
  return (
    <ButtonLink href={`/questions/${slug}/edit` as Route} variant="secondary" size="sm">
      Edit question
    </ButtonLink>
  );
}
