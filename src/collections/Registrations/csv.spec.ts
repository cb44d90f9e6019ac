import { describe, expect, it } from 'vitest'
import { csvCell, csvRows } from './csv'

describe('registrations CSV', () => {
  it('defuses formulas and quotes every cell', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`)
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`)).toBe(`"'${start}1"`)
    expect(csvCell('Ada Lovelace')).toBe('"Ada Lovelace"')
    expect(csvCell(3)).toBe('"3"')
    expect(csvCell(null)).toBe('""')
  })

  it('starts with a BOM (spreadsheets read UTF-8) and ends rows with CRLF', () => {
    expect(csvRows([['a', 'è']])).toBe('\uFEFF"a","è"\r\n')
  })
})
