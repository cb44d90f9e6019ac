import { describe, expect, it } from 'vitest'
import { rateLimitBucket } from './rateLimitBucket'

describe('rateLimitBucket', () => {
  it('names the allowance each kind of request draws on', () => {
    expect(rateLimitBucket('POST', '/api/users/login')).toBe('login')
    expect(rateLimitBucket('POST', '/api/users/forgot-password')).toBe('passwordReset')
    expect(rateLimitBucket('POST', '/api/users/reset-password')).toBe('passwordReset')
    expect(rateLimitBucket('GET', '/api/posts')).toBe('api')
    expect(rateLimitBucket('POST', '/api/graphql')).toBe('api')
    expect(rateLimitBucket('GET', '/it/cerca')).toBe('search')
    expect(rateLimitBucket('GET', '/en/search')).toBe('search')
    expect(rateLimitBucket('GET', '/it/search/Found/1-YQ')).toBe('search')
    expect(rateLimitBucket('GET', '/it/og/event-1.png')).toBe('og')
  })

  it('leaves uploaded files and ordinary pages alone', () => {
    expect(rateLimitBucket('GET', '/api/media/file/photo.webp')).toBeUndefined()
    expect(rateLimitBucket('GET', '/it/blog')).toBeUndefined()
    expect(rateLimitBucket('GET', '/it/cercatore')).toBeUndefined()
  })
})
