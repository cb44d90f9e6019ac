/** How many requests one client may make per window, per kind of request. */
export const rateLimits = {
  // Guessing passwords: Payload also locks an account after five failures; this stops one client trying many accounts.
  login: { points: 10, duration: 15 * 60 },
  passwordReset: { points: 5, duration: 60 * 60 },
  search: { points: 30, duration: 60 },
  og: { points: 60, duration: 60 },
  api: { points: 600, duration: 60 },
  // A person sends a form once or twice (a few more with mistakes); a script sends hundreds.
  form: { points: 10, duration: 10 * 60 },
  // Registering and cancelling by link: a few per visitor, not a script filling an event's seats.
  registration: { points: 10, duration: 10 * 60 },
  registrationCancel: { points: 20, duration: 10 * 60 },
} as const

export type RateLimitName = keyof typeof rateLimits

/**
 * RATE_LIMIT_SCALE multiplies every allowance (a load benchmark from one address sets it high);
 * `0` turns rate limiting off. Invalid values fall back to 1.
 */
export function rateLimitScale(value = process.env.RATE_LIMIT_SCALE): number {
  if (value === undefined || value === '') return 1
  const scale = Number(value)
  return Number.isFinite(scale) && scale >= 0 ? scale : 1
}
