/**
 * Control characters other than tab and newline never belong in text people read, and Postgres
 * can't store NUL at all: text from a form or a request drops them instead of failing the save.
 */
export const withoutControls = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
