/**
 * One CSV cell: quoted, quotes doubled, and a leading `= + - @` (or tab, carriage return) defused
 * with an apostrophe, so that a spreadsheet never runs a name someone typed as a formula.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

export const csvRows = (rows: unknown[][]) => `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
