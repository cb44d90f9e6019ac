import { describe, expect, it } from 'vitest'
import { validateLinkHref } from './link'

describe('block buttons', () => {
  it('accept a path of the site or an http(s) address', () => {
    for (const href of ['/it/contatti', '/en/plans-and-prices#faq', 'https://example.org/x', 'http://example.org']) expect(validateLinkHref(href), href).toBe(true)
  })

  it('refuse scripts, protocol-relative and malformed addresses', () => {
    for (const href of ['javascript:alert(1)', '//evil.example/x', 'data:text/html,x', 'contatti', '/a b', '/\\evil.example']) {
      expect(validateLinkHref(href), href).not.toBe(true)
    }
  })
})
