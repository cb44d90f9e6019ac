import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

const dir = path.join(process.cwd(), 'src/lib/og/fonts')

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined

/** DejaVu, shipped in the repository (satori reads TTF, not WOFF2); read once per process. */
export function ogFonts() {
  fonts ??= Promise.all([
    readFile(path.join(dir, 'DejaVuSans.ttf')).then((data) => ({ name: 'DejaVu Sans', data, weight: 400 as const, style: 'normal' as const })),
    readFile(path.join(dir, 'DejaVuSerif-Bold.ttf')).then((data) => ({ name: 'DejaVu Serif', data, weight: 700 as const, style: 'normal' as const })),
  ])
  return fonts
}
