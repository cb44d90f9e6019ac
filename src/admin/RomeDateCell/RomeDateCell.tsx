import type { DefaultServerCellComponentProps } from 'payload'
import { formatRomeDate } from '../romeDate'

/** A list column of instants in Rome's time, whatever the zone of the server or the browser. */
export function RomeDateCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' && !(cellData instanceof Date)) return null
  const date = new Date(cellData)
  return <time dateTime={date.toISOString()}>{formatRomeDate(date, i18n)}</time>
}
