import path from 'node:path'

const dir = path.join(process.cwd(), 'src/lib/og/fonts')

export type OgFontFile = { name: string; file: string; weight: 400 | 700; style: 'normal' }

/** DejaVu, shipped in the repository (satori reads TTF, not WOFF2); read by the renderer's worker. */
export const ogFonts: OgFontFile[] = [
  { name: 'DejaVu Sans', file: path.join(dir, 'DejaVuSans.ttf'), weight: 400, style: 'normal' },
  { name: 'DejaVu Serif', file: path.join(dir, 'DejaVuSerif-Bold.ttf'), weight: 700, style: 'normal' },
]
