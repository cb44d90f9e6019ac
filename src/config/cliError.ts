/** A failure of a command-line script whose message is already the one sentence to show. */
export class CliError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CliError'
  }
}
