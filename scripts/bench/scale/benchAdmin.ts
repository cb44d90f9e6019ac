/** The account bench:scale creates in its generated site to measure the admin. */
export const benchAdmin = { email: 'bench-admin@example.com', password: 'bench-admin-password' }
