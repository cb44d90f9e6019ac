import { describe, expect, it } from 'vitest'
import { safeHref } from './safeHref'

describe('safeHref', () => {
  it('keeps web, mail, phone and site-relative links', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a')
    expect(safeHref('mailto:info@example.org')).toBe('mailto:info@example.org')
    expect(safeHref('/it/blog/x')).toBe('/it/blog/x')
  })

  it('drops script and protocol-relative links', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined()
    expect(safeHref('//evil.example')).toBeUndefined()
  })
})
