import { describe, expect, it } from 'vitest'
import { allowedOrigins } from './allowedOrigins'

describe('allowedOrigins', () => {
  it('is the public origin alone for a real host', () => {
    expect(allowedOrigins('https://warehousecoworking.example/')).toEqual(['https://warehousecoworking.example'])
  })

  it('accepts both local names on this machine, with the port', () => {
    expect(allowedOrigins('http://localhost:3000')).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
    expect(allowedOrigins('http://127.0.0.1:3107')).toEqual(['http://localhost:3107', 'http://127.0.0.1:3107'])
  })
})
