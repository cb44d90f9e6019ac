/** The demo accounts and their published password: fine on a laptop, never on a real site. */
export const demoPassword = 'coworking-demo'

export const demoAccounts = {
  admin: { email: 'admin@example.com', name: 'Demo Admin', role: 'admin' },
  editor: { email: 'editor@example.com', name: 'Demo Editor', role: 'editor' },
} as const satisfies Record<string, { email: string; name: string; role: 'admin' | 'editor' }>

export const demoEmails: string[] = Object.values(demoAccounts).map((account) => account.email)
