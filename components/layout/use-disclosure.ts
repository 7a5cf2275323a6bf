"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * A button that shows and hides a panel: Escape closes it and returns focus to the button, and a
 * click anywhere else closes it.
 */
export function useDisclosure<Panel extends HTMLElement = HTMLElement>() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<Panel>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  return {
    open,
    close: () => setOpen(false),
    /** Props for the button. */
    buttonProps: {
      ref: button,
      type: "button" as const,
      "aria-expanded": open,
      "aria-controls": panelId,
      onClick: () => setOpen((value) => !value),
    },
    /** Props for the panel (render it only while `open`). */
    panelProps: { ref: panel, id: panelId },
  };
}
