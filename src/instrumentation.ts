/** Runs once when the server starts: a bad configuration or a demo account in production stops it with a readable sentence. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { validateConfigOrExit } = await import('./config/validateConfigOrExit')
    validateConfigOrExit()
    const { refuseDemoAccountsInProduction } = await import('./lib/security/refuseDemoAccounts')
    await refuseDemoAccountsInProduction()
    const { installPageGate } = await import('./lib/edge/pageGate')
    installPageGate()
  }
}

/** A render that failed because the database went away marks it down: the proxy answers 503 from then on. */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { noteDatabaseError } = await import('./db/health')
  noteDatabaseError(error)
}
