import { describe, expect, it } from 'vitest'
import { ConfigError, parseEnv } from './env'

describe('configuration', () => {
  it('stops production without PAYLOAD_SECRET, saying what to set', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h:5432/db' })).toThrow(ConfigError)
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h:5432/db' })).toThrow(
      /PAYLOAD_SECRET is not set: set it to a random string of at least 32 characters/,
    )
  })

  it('requires PAYLOAD_SECRET unless NODE_ENV is explicitly development or test', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgres://u@h:5432/db' })).toThrow(/PAYLOAD_SECRET is not set: .*only NODE_ENV=development or NODE_ENV=test run without it/)
    expect(() => parseEnv({ NODE_ENV: 'staging' as never })).toThrow(ConfigError)
    for (const NODE_ENV of ['development', 'test']) expect(parseEnv({ NODE_ENV }).PAYLOAD_SECRET).toMatch(/development-only/)
  })

  it('refuses a short secret and a non-postgres database URL', () => {
    expect(() => parseEnv({ PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET: must be at least 32 characters/)
    expect(() => parseEnv({ NODE_ENV: 'test', DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres:\/\/ connection string/)
  })

  it('lets a production build run without runtime secrets', () => {
    expect(parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).NODE_ENV).toBe('production')
  })

  it('accepts a complete production configuration', () => {
    const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h:5432/db', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(env.DATABASE_URL).toBe('postgres://u@h:5432/db')
  })

  it('refuses a MAX_CONCURRENT_PAGES that is not a whole number', () => {
    for (const value of ['six', '-1', '2.5', '']) expect(() => parseEnv({ NODE_ENV: 'test', MAX_CONCURRENT_PAGES: value })).toThrow(/MAX_CONCURRENT_PAGES: must be a whole number/)
    expect(parseEnv({ NODE_ENV: 'test', MAX_CONCURRENT_PAGES: '0' }).MAX_CONCURRENT_PAGES).toBe('0')
  })

  it('asks for the sender when SMTP is configured', () => {
    expect(() => parseEnv({ SMTP_URL: 'smtp://mail.example.org:587' })).toThrow(/EMAIL_FROM is not/)
    expect(() => parseEnv({ SMTP_URL: 'http://x' })).toThrow(/SMTP_URL: must be an smtp/)
    expect(parseEnv({ NODE_ENV: 'development', SMTP_URL: 'smtp://h:25', EMAIL_FROM: 'Desk <desk@example.org>' }).FORM_RETENTION_MONTHS).toBe(12)
  })
})
