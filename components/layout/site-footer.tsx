export function SiteFooter() {
  return (
    <footer className="mt-20 border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-ink-muted sm:flex-row sm:justify-between sm:px-6">
        <p>Rehearse — practise technical interviews out loud, against the clock.</p>
        <p>Answers are yours; nothing is shared unless you choose to.</p>
      </div>
    </footer>
  );
}
