import { describe, expect, it } from 'vitest'
import { faqPageJsonLd } from './faqPage'

describe('FAQPage structured data', () => {
  it('lists each question with its accepted answer', () => {
    expect(faqPageJsonLd([{ question: 'Open on Sunday?', answer: 'No.' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Open on Sunday?', acceptedAnswer: { '@type': 'Answer', text: 'No.' } }],
    })
  })
})
