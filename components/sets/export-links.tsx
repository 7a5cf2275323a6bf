const FORMATS = [
  { format: "json", label: "JSON" },
  { format: "md", label: "Markdown" },
  { format: "csv", label: "CSV" },
  { format: "apkg", label: "Anki" },
] as const;

/** Downloads of the set in each export format. */
export function ExportLinks({ setId }: { setId: string }) {
  return (
    <nav aria-label="Export" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-ink-muted">Export:</span>
      {FORMATS.map(({ format, label }) => (
        <a
          key={format}
          href={`/api/sets/${setId}/export?format=${format}`}
          download
          className="text-accent-soft-ink font-medium underline underline-offset-2"
        >
          {label}
          <span className="sr-only"> export</span>
        </a>
      ))}
    </nav>
  );
}
