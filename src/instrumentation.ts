/** Runs once when the server starts: a bad configuration or a demo account in production stops it with a readable sentence. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { validateConfigOrExit } = await import('./config/validateConfigOrExit')
    validateConfigOrExit()
    const { refuseDemoAccountsInProduction } = await import('./lib/security/refuseDemoAccounts')
    await refuseDemoAccountsInProduction()
  }
}
