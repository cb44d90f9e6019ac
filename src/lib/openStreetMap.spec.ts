import { describe, expect, it } from 'vitest'
import { openStreetMapUrl } from './openStreetMap'

describe('openStreetMapUrl', () => {
  it('pins the coordinates when there are some', () => {
    expect(openStreetMapUrl({ latitude: 43.0686, longitude: 12.5505, address: 'ignored' })).toBe(
      'https://www.openstreetmap.org/?mlat=43.0686&mlon=12.5505#map=17/43.0686/12.5505',
    )
  })

  it('searches for the address otherwise', () => {
    expect(openStreetMapUrl({ address: 'Via Roma 1', postalCode: '61032', city: 'Fano', country: 'IT' })).toBe(
      'https://www.openstreetmap.org/search?query=Via+Roma+1%2C+61032+Fano%2C+IT',
    )
  })

  it('ignores coordinates out of range and has nothing to link without an address', () => {
    expect(openStreetMapUrl({ latitude: 123, longitude: 12 })).toBeUndefined()
    expect(openStreetMapUrl({ country: 'IT' })).toBeUndefined()
    expect(openStreetMapUrl({ latitude: null, longitude: null, city: 'Fano' })).toBe('https://www.openstreetmap.org/search?query=Fano')
  })
})
