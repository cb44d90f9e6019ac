import net from 'node:net'
import { CliError } from '../config/cliError'

/** Fails with one sentence when something already listens on the port the server wants. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  const taken = await new Promise<boolean>((resolve) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'))
    probe.listen(port, () => probe.close(() => resolve(false)))
  })
  if (taken) throw new CliError(`Port ${port} is already in use, so ${what} cannot start there: stop what listens on it, or choose another port with ${variable}=…`)
}
