import { describe, expect, it } from 'vitest'
import { locales } from './i18n/locales'
import { routing } from './i18n/routing'
import { readFileSync } from 'node:fs'
import path from 'node:path'

// proxy.ts imports next/server, which vitest cannot load: its matcher is read as Next reads it, from the text.
const source = readFileSync(path.join(import.meta.dirname, 'proxy.ts'), 'utf8')
const sectionsMatcher = source.split('\n').find((line) => line.includes('(?:blog|')) ?? ''

describe("the proxy's matcher", () => {
  it('spells out every locale', () => {
    for (const locale of locales) expect(sectionsMatcher).toContain(locale)
  })

  it("names every section of the site in every locale, so that their pages don't run the proxy", () => {
    const sections = Object.values(routing.pathnames)
      .flatMap((pathname) => (typeof pathname === 'string' ? [pathname] : Object.values(pathname)))
      .map((pathname) => pathname.split('/')[1])
      // pages (/[slug]) share the shape of old addresses (/en/slug/): the proxy looks those up first
      .filter((section) => section && !section.startsWith('['))
    for (const section of new Set(sections)) expect(sectionsMatcher).toMatch(new RegExp(`[:|]${section}[|)]`))
  })
})
