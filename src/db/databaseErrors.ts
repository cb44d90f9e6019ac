type Coded = { code?: unknown; cause?: unknown; message?: unknown }

/** The PostgreSQL SQLSTATE or Node error code of an error or of one it wraps (Drizzle wraps pg's). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = []
  for (let current = error as Coded | undefined, depth = 0; current && depth < 5; current = current.cause as Coded, depth++) {
    if (typeof current.code === 'string') codes.push(current.code)
  }
  return codes
}

const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', '57P01', '57P02', '57P03'])

/** The database cannot be reached or is shutting down: a 503, not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const codes = errorCodes(error)
  if (codes.some((code) => unreachableCodes.has(code) || code.startsWith('08'))) return true
  for (let current = error as Coded | undefined, depth = 0; current && depth < 5; current = current.cause as Coded, depth++) {
    const message = typeof current.message === 'string' ? current.message : ''
    if (/timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED/i.test(message)) return true
  }
  return false
}

/**
 * The client sent a value the database cannot take (invalid text for a number, a bad LIKE pattern,
 * a byte sequence that is no UTF-8: SQLSTATE class 22) or asked for a comparison a column has not
 * (42883): a 400.
 */
export function isBadInput(error: unknown): boolean {
  return errorCodes(error).some((code) => code.startsWith('22') || code === '42883' || code === '42804')
}
