import { describe, expect, it } from 'vitest'
import { snippetParts } from './highlight'

describe('snippetParts', () => {
  it('keeps text as text and marks only what PostgreSQL marked', () => {
    expect(snippetParts('a <b> & \u0002spazio\u0003 e \u0002spazi\u0003')).toEqual([
      { text: 'a <b> & ', match: false },
      { text: 'spazio', match: true },
      { text: ' e ', match: false },
      { text: 'spazi', match: true },
    ])
  })

  it('starts with a match when the headline does', () => {
    expect(snippetParts('\u0002Fano\u0003 città')).toEqual([
      { text: 'Fano', match: true },
      { text: ' città', match: false },
    ])
  })
})
