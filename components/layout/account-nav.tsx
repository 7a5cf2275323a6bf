"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { SignInLinks } from "./sign-in-links";
import { forgetViewer, loadViewer, type Viewer } from "./viewer";
import { UserMenu } from "./user-menu";

/** Fired after the viewer's own details change (e.g. their name), so the header asks again. */
export const VIEWER_CHANGED = "rehearse:viewer-changed";

/**
 * The header's account area. Pages stay cacheable for everyone because the viewer is asked for
 * here, after load, into a box of fixed width so that nothing in the header shifts when it arrives.
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
    if (changes) forgetViewer();
    void loadViewer(pathname).then((user) => live && setViewer(user));
    return () => {
      live = false;
    };
  }, [pathname, changes]);

  // One width for every state, with its content at the right edge: the theme toggle beside it never
  // moves when the placeholder gives way to the sign-in links or to a menu with a long name.
  return (
    <div className="flex h-9 w-28 shrink-0 items-center justify-end gap-1 sm:w-48">
      {viewer === undefined ? null : viewer ? (
        <UserMenu name={viewer.name ?? ""} email={viewer.email} />
      ) : (
        <SignInLinks />
      )}
    </div>
  );
}
