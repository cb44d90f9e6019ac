import { describe, expect, it } from 'vitest'
import { richTextParagraphs, truncate } from './plainText'

const paragraph = (...texts: string[]) => ({ type: 'paragraph', children: texts.map((text) => ({ type: 'text', text })) })

describe('richTextParagraphs', () => {
  it('reads each block as one string, links and formatting included', () => {
    const value = {
      root: {
        children: [
          paragraph('LoFoIo is a ', 'Florentine', ' space.'),
          { type: 'paragraph', children: [] },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'link', children: [{ type: 'text', text: 'a link' }] }] }] },
        ],
      },
    }
    expect(richTextParagraphs(value)).toEqual(['LoFoIo is a Florentine space.', 'a link'])
  })

  it('reads each item of a list on its own', () => {
    const item = (text: string) => ({ type: 'listitem', children: [{ type: 'text', text }] })
    const value = { root: { children: [{ type: 'list', children: [item('18:00 Welcome'), item('18:30 Open table')] }] } }
    expect(richTextParagraphs(value)).toEqual(['18:00 Welcome', '18:30 Open table'])
  })

  it('has nothing to say about an empty or missing value', () => {
    expect(richTextParagraphs(null)).toEqual([])
    expect(richTextParagraphs({ root: {} })).toEqual([])
  })
})

describe('truncate', () => {
  it('keeps short text whole', () => {
    expect(truncate('Short enough.', 40)).toBe('Short enough.')
  })

  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncate('Officina Lieve is a shared workspace in the Mugello hills', 30)).toBe('Officina Lieve is a shared…')
  })
})
