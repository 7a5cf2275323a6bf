"use client";

import { useEffect, useState } from "react";
import { SignInLinks } from "./sign-in-links";
import { UserMenu } from "./user-menu";

type Viewer = { name: string | null; email: string } | null;

/**
 * The header's account area. Pages stay cacheable for everyone because the viewer is asked for
 * here, after load; a fixed-size placeholder keeps the header from shifting meanwhile.
 */
export function AccountNav() {
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);

  useEffect(() => {
    let live = true;
    fetch("/api/session", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { user: null }))
      .then((body: { user: Viewer }) => live && setViewer(body.user))
      .catch(() => live && setViewer(null));
    return () => {
      live = false;
    };
  }, []);

  if (viewer === undefined) return <span aria-hidden="true" className="inline-block h-9 w-24 sm:w-40" />;
  if (!viewer) return <SignInLinks />;
  return <UserMenu name={viewer.name ?? ""} email={viewer.email} />;
}
