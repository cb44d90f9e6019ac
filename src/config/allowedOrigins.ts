/**
 * Origins whose cookie-authenticated requests Payload accepts (its CSRF check). A site served on
 * this machine answers as localhost and as 127.0.0.1 alike, so both are allowed there.
 */
export function allowedOrigins(serverUrl: string): string[] {
  const url = new URL(serverUrl)
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') return [url.origin]
  const port = url.port ? `:${url.port}` : ''
  return [`${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`]
}
