import { execFileSync } from 'node:child_process'

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()

/**
 * The build ID and deployment ID every instance of one release shares (README, "Scaling out"):
 * BUILD_ID when set, else the commit being built when the checkout has no uncommitted change, else
 * null (Next picks a random one: right for one build copied to every instance, as the image is).
 */
export function buildIdentity(): string | null {
  const fromEnv = process.env.BUILD_ID?.trim()
  if (fromEnv) return fromEnv.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64)
  try {
    return git('status', '--porcelain') === '' ? git('rev-parse', '--short=12', 'HEAD') : null
  } catch {
    return null
  }
}
