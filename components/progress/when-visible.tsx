"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

export interface WhenVisibleProps {
  /** The height the children will take, kept free meanwhile so nothing below moves. */
  height: number;
  children: ReactNode;
}

/**
 * Renders its children once they come near the viewport. A chart is drawn (and measured) in the
 * browser only, so one below the fold would otherwise block the main thread while the page loads.
 */
export function WhenVisible({ height, children }: WhenVisibleProps) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const element = placeholder.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          setVisible(true);
        }
      },
      { rootMargin: "200px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return visible ? children : <div ref={placeholder} style={{ height }} />;
}
