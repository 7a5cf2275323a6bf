import Link from "@/components/ui/link";
import type { Route } from "next";
import { cn } from "./cn";

export interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => Route;
}

const item = "inline-flex h-9 min-w-9 items-center justify-center rounded-lg border px-3 text-sm";

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 1,
  );
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-center gap-1.5">
      {page > 1 ? (
        <Link
          href={hrefFor(page - 1)}
          className={cn(item, "border-line bg-surface hover:bg-surface-muted")}
          rel="prev"
        >
          Previous
        </Link>
      ) : null}
      {pages.map((p, index) => (
        <span key={p} className="contents">
          {index > 0 && p - (pages[index - 1] ?? p) > 1 ? (
            <span aria-hidden="true" className="text-ink-muted px-1">
              …
            </span>
          ) : null}
          <Link
            href={hrefFor(p)}
            aria-current={p === page ? "page" : undefined}
            aria-label={`Page ${p}`}
            className={cn(
              item,
              p === page
                ? "border-accent bg-accent text-accent-ink"
                : "border-line bg-surface hover:bg-surface-muted",
            )}
          >
            {p}
          </Link>
        </span>
      ))}
      {page < pageCount ? (
        <Link
          href={hrefFor(page + 1)}
          className={cn(item, "border-line bg-surface hover:bg-surface-muted")}
          rel="next"
        >
          Next
        </Link>
      ) : null}
    </nav>
  );
}
