/**
 * A multipart body that does not parse (no boundary, cut short, a broken part header): busboy,
 * which Payload reads uploads with, throws a plain Error with one of these messages, and Payload
 * answers it with a 500.
 */
const busboyMessages = /^(Unexpected end of (form|file)|Malformed part header|Multipart: Boundary not found|Malformed urlencoded form)/

export const isMalformedBody = (error: unknown): boolean => error instanceof Error && busboyMessages.test(error.message)
