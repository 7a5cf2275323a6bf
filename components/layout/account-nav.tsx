"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { SignInLinks } from "./sign-in-links";
import { UserMenu } from "./user-menu";

type Viewer = { name: string | null; email: string } | null;

/** Fired after the viewer's own details change (e.g. their name), so the header asks again. */
export const VIEWER_CHANGED = "rehearse:viewer-changed";

/**
 * The header's account area. Pages stay cacheable for everyone because the viewer is asked for
 * here, after load; a fixed-size placeholder keeps the header from shifting meanwhile.
 */
export function AccountNav() {
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined);
  const pathname = usePathname();
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const changed = () => setChanges((n) => n + 1);
    window.addEventListener(VIEWER_CHANGED, changed);
    return () => window.removeEventListener(VIEWER_CHANGED, changed);
  }, []);

  // Asked again on each navigation: a session can end in another tab or on another device.
  useEffect(() => {
    let live = true;
    fetch("/api/session", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { user: null }))
      .then((body: { user: Viewer }) => live && setViewer(body.user))
      .catch(() => live && setViewer(null));
    return () => {
      live = false;
    };
  }, [pathname, changes]);

  if (viewer === undefined) return <span aria-hidden="true" className="inline-block h-9 w-24 sm:w-40" />;
  if (!viewer) return <SignInLinks />;
  return <UserMenu name={viewer.name ?? ""} email={viewer.email} />;
}
