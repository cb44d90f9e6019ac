/** The accounts the demo seed creates (src/seed). */
export const demoEditor = { email: 'editor@example.com', password: 'coworking-demo' }
export const demoAdmin = { email: 'admin@example.com', password: 'coworking-demo' }
