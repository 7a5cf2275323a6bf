import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("border-line bg-surface rounded-xl border shadow-sm", className)} {...props} />;
}
