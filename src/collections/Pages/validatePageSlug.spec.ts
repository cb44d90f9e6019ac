import { describe, expect, it } from 'vitest'
import { reservedPageSlugs, validatePageSlug } from './validatePageSlug'

describe('page slugs', () => {
  it('refuses the name of every section in every language', () => {
    for (const slug of ['blog', 'eventi', 'events', 'spazi', 'spaces', 'progetti', 'projects', 'cerca', 'search', 'embed', 'calendar']) {
      expect(reservedPageSlugs.has(slug), slug).toBe(true)
      expect(validatePageSlug(slug)).toMatch(/section/)
    }
  })

  it('accepts an ordinary slug and leaves an empty one to the required check', () => {
    expect(validatePageSlug('chi-siamo')).toBe(true)
    expect(validatePageSlug('')).toBe(true)
    expect(reservedPageSlugs.has('[slug]')).toBe(false)
  })
})
