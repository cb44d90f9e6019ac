import { describe, expect, it } from 'vitest'
import { parseFrom } from './adapter'
import { renderEmail } from './render'

describe('e-mail rendering', () => {
  it('escapes what it is given and keeps a plain-text twin with the link', () => {
    const { html, text } = renderEmail({
      locale: 'en',
      paragraphs: ['Hello <script>alert(1)</script>'],
      details: [['Message', 'a & b']],
      action: { label: 'Open', href: 'https://example.org/a?b=1&c=2' },
      signature: 'The team',
    })
    expect(html).toContain('lang="en"')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(text).toContain('Hello <script>alert(1)</script>')
    expect(text).toContain('https://example.org/a?b=1&c=2')
    expect(text).toContain('a & b')
  })

  it('reads the sender as a name and an address', () => {
    expect(parseFrom('Warehouse Coworking <desk@example.org>')).toEqual({ name: 'Warehouse Coworking', address: 'desk@example.org' })
    expect(parseFrom('"Desk" <desk@example.org>')).toEqual({ name: 'Desk', address: 'desk@example.org' })
    expect(parseFrom('desk@example.org').address).toBe('desk@example.org')
  })
})
