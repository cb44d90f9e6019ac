import { describe, expect, it } from 'vitest'
import { isBlank } from './isBlank'

const richText = (...children: object[]) => ({ root: { type: 'root', children } })
const paragraph = (text: string) => ({ type: 'paragraph', children: text ? [{ type: 'text', text }] : [] })

describe('isBlank', () => {
  it('treats missing, empty and whitespace text as blank', () => {
    expect(isBlank(undefined)).toBe(true)
    expect(isBlank(null)).toBe(true)
    expect(isBlank('  ')).toBe(true)
    expect(isBlank('Ciao')).toBe(false)
  })

  it('reads rich text by its words, not by its structure', () => {
    expect(isBlank(richText(paragraph(''), paragraph(' ')))).toBe(true)
    expect(isBlank(richText(paragraph(''), paragraph('Testo')))).toBe(false)
    expect(isBlank(richText({ type: 'upload', value: 1 }))).toBe(false)
  })

  it('treats a group as blank when all its values are', () => {
    expect(isBlank({ title: '', description: null })).toBe(true)
    expect(isBlank({ title: 'SEO', description: null })).toBe(false)
  })
})
