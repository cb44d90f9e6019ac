import { describe, expect, it } from 'vitest'
import { decodeFormState, encodeFormState, readRegistrationForm } from './formInput'

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(entries)) data.append(k, v)
  return data
}

describe('registration form', () => {
  it('accepts a complete form', () => {
    const { input, errors } = readRegistrationForm(form({ name: ' Ada ', email: 'ada@example.com', people: '2', consent: 'on' }), 4)
    expect(errors).toEqual([])
    expect(input).toEqual({ name: 'Ada', email: 'ada@example.com', people: 2, consent: true })
  })

  it('names each bad field and keeps what was typed', () => {
    const { input, errors, values } = readRegistrationForm(form({ name: 'A\u0000', email: 'not-an-address', people: '99' }), 4)
    expect(input).toBeUndefined()
    expect(errors).toEqual(['name', 'email', 'people', 'consent'])
    expect(values).toEqual({ name: 'A\u0000', email: 'not-an-address', people: '99' })
  })

  it('refuses huge numbers and more people than the event allows', () => {
    expect(readRegistrationForm(form({ name: 'A', email: 'a@b.it', people: '1e308', consent: 'on' })).errors).toEqual(['people'])
    expect(readRegistrationForm(form({ name: 'A', email: 'a@b.it', people: '3', consent: 'on' }), 2).errors).toEqual(['people'])
  })

  it('carries the state through its cookie and ignores a forged one', () => {
    const state = { event: 3, values: { name: 'Ada', email: 'x', people: '1' }, errors: ['email' as const] }
    expect(decodeFormState(encodeFormState(state))).toEqual(state)
    expect(decodeFormState('%%%')).toBeUndefined()
    expect(decodeFormState(Buffer.from('{"event":"x"}').toString('base64url'))).toBeUndefined()
  })
})
