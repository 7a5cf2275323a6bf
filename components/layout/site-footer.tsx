export function SiteFooter() {
  return (
    <footer className="border-line mt-20 border-t">
      <div className="text-ink-muted mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm sm:flex-row sm:justify-between sm:px-6">
        <p>Rehearse — practise technical interviews out loud, against the clock.</p>
        <p>Answers are yours; nothing is shared unless you choose to.</p>
      </div>
    </footer>
  );
}
