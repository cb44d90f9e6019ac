export {}

/** Runs what Next runs once when the server starts (src/instrumentation.ts), then says so. */
const { register } = await import('../../../src/instrumentation')
await register()
console.log('start-up checks passed')
process.exit(0)
