import { describe, expect, it } from 'vitest'
import { plainPage } from './plainPage'

describe('plain pages in the visitor’s language', () => {
  it('answers too many form submissions with 429, Retry-After and the page’s language', async () => {
    const it429 = plainPage('tooManyRequests', '/it', { 'Retry-After': '120' })
    expect(it429.status).toBe(429)
    expect(it429.headers.get('retry-after')).toBe('120')
    expect(await it429.text()).toContain('Troppi invii')
    expect(await plainPage('tooManyRequests', '/en').text()).toContain('Too many submissions')
  })

  it('takes a status of its own for a form it cannot read', () => {
    expect(plainPage('badForm', '/en', {}, 413).status).toBe(413)
    expect(plainPage('badForm', '/en').status).toBe(400)
  })
})
