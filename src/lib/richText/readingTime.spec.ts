import { describe, expect, it } from 'vitest'
import { lexicalText, readingMinutes } from './readingTime'

const text = (value: string) => ({ type: 'text', text: value })
const doc = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', children: [text('Come funziona')] },
      { type: 'paragraph', children: [text('Uno '), { type: 'link', children: [text('due')] }, text(' tre')] },
      { type: 'list', children: [{ type: 'listitem', children: [text('quattro')] }, { type: 'listitem', children: [text('cinque')] }] },
      { type: 'block', fields: { blockType: 'embed', url: 'https://youtu.be/x' } },
    ],
  },
}

describe('lexicalText', () => {
  it('collects the text of every block, keeping blocks apart', () => {
    expect(lexicalText(doc).split(/\s+/)).toEqual(['Come', 'funziona', 'Uno', 'due', 'tre', 'quattro', 'cinque'])
  })

  it('is empty for missing content', () => {
    expect(lexicalText(null)).toBe('')
    expect(lexicalText({})).toBe('')
  })
})

describe('readingMinutes', () => {
  it('counts 200 words a minute, rounded', () => {
    expect(readingMinutes('parola '.repeat(200))).toBe(1)
    expect(readingMinutes('parola '.repeat(700))).toBe(4)
    expect(readingMinutes('parola '.repeat(1000))).toBe(5)
  })

  it('never says zero minutes, and ignores stray punctuation', () => {
    expect(readingMinutes('')).toBe(1)
    expect(readingMinutes('– — … ·')).toBe(1)
    expect(readingMinutes('uno – due', 1)).toBe(2)
  })
})
