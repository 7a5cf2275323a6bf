import { expect, type Page } from "@playwright/test";

/** What an injected script would leave behind: the payloads set `window.__xss` or open a dialog. */
interface Trapped {
  xss: unknown;
  violations: string[];
}

// Elements and attributes the sanitizer and React escaping must never let through from user text.
const DANGEROUS = [
  "main iframe",
  "main object",
  "main embed",
  "main base",
  "main meta",
  "main svg script",
  "[onerror]",
  "[onload]",
  "[onclick]",
  "[onfocus]",
  "[ontoggle]",
  "[onmouseover]",
  'a[href^="javascript:" i]',
  'a[href^="data:" i]',
  'a[href^="vbscript:" i]',
].join(", ");

/**
 * Watches a page for script that shouldn't run and for Content-Security-Policy violations: a
 * `securitypolicyviolation` listener installed before any page script, CSP messages in the console
 * and every dialog. `expectClean()` checks the current document (call it before navigating away).
 */
export async function guardPage(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      w.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content[- ]Security[- ]Policy/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (/Content[- ]Security[- ]Policy/i.test(error.message)) problems.push(`page error: ${error.message}`);
  });

  return {
    async expectClean(where = page.url()) {
      const trapped = await page.evaluate<Trapped>(() => {
        const w = window as unknown as { __xss?: unknown; __cspViolations?: string[] };
        return { xss: w.__xss, violations: w.__cspViolations ?? [] };
      });
      expect(trapped.xss, `a payload ran on ${where}`).toBeUndefined();
      expect(trapped.violations, `CSP violations on ${where}`).toEqual([]);
      expect(problems, `dialogs or CSP errors on ${where}`).toEqual([]);
      await expect(page.locator(DANGEROUS), `dangerous markup on ${where}`).toHaveCount(0);
    },
  };
}
