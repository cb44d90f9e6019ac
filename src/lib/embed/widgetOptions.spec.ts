import { describe, expect, it } from 'vitest'
import { widgetOptions } from './widgetOptions'

describe('widgetOptions', () => {
  it('takes valid colours and limits', () => {
    expect(widgetOptions({ accent: '0055AA', background: 'f0f0f0', text: '111111', limit: '3' })).toEqual({
      accent: '#0055aa',
      background: '#f0f0f0',
      text: '#111111',
      limit: 3,
    })
  })

  it('falls back to the defaults on anything else, so no CSS can be injected', () => {
    const options = widgetOptions({ accent: 'red;background:url(x)', background: '#fff', text: ['zzzzzz'], limit: '500' })
    expect(options).toEqual({ accent: '#a63c15', background: '#ffffff', text: '#1d1b18', limit: 5 })
  })
})
