/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break. Text that a spreadsheet
 * would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
 * leading apostrophe and is quoted, as OWASP advises against CSV injection. Numbers we computed are
 * written as they are.
 */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const formula = /^[=+\-@\t\r]/.test(v);
  const s = formula ? `'${v}` : v;
  return formula || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
