/**
 * Draws the demo images shipped in this folder. They are committed: the seed never runs this.
 * Re-run with `npx tsx src/seed/images/generate.ts` after changing a drawing.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const dir = path.dirname(fileURLToPath(import.meta.url))
const paper = '#f3ebdd'
const sand = '#e6d6bd'
const terracotta = '#c8553d'
const clay = '#d98f6b'
const ochre = '#e0a458'
const sage = '#8a9a7b'
const ink = '#1f2a36'

const svg = (w: number, h: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="100%" height="100%" fill="${paper}"/>${body}</svg>`

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

const desk = (x: number, y: number, top: string) =>
  `<rect x="${x}" y="${y}" width="300" height="26" rx="6" fill="${top}"/>` +
  `<rect x="${x + 24}" y="${y + 26}" width="14" height="150" fill="${ink}"/><rect x="${x + 262}" y="${y + 26}" width="14" height="150" fill="${ink}"/>` +
  `<rect x="${x + 90}" y="${y - 92}" width="120" height="80" rx="6" fill="${ink}"/><rect x="${x + 140}" y="${y - 12}" width="20" height="12" fill="${ink}"/>` +
  `<circle cx="${x + 60}" cy="${y - 22}" r="20" fill="${sage}"/>`

const drawings: Record<string, string> = {
  'wcf-desks': svg(1200, 800,
    `<rect x="0" y="560" width="1200" height="240" fill="${sand}"/>` +
    `<rect x="110" y="90" width="260" height="330" rx="130" fill="${ochre}" opacity="0.55"/>` +
    `<rect x="830" y="90" width="260" height="330" rx="130" fill="${clay}" opacity="0.45"/>` +
    desk(120, 420, terracotta) + desk(450, 420, ochre) + desk(780, 420, terracotta) +
    `<circle cx="600" cy="180" r="70" fill="${terracotta}" opacity="0.85"/>`),
  'wcf-fair': svg(1200, 800,
    `<rect x="0" y="600" width="1200" height="200" fill="${sand}"/>` +
    `<circle cx="960" cy="170" r="90" fill="${ochre}"/>` +
    range(5).map((i) => {
      const x = 60 + i * 225
      const fill = [terracotta, sage, clay, ink, ochre][i]
      return `<polygon points="${x},360 ${x + 100},250 ${x + 200},360" fill="${fill}"/>` +
        `<rect x="${x + 10}" y="360" width="180" height="240" fill="${fill}" opacity="0.25"/>` +
        `<rect x="${x + 10}" y="360" width="180" height="20" fill="${fill}"/>` +
        `<rect x="${x + 40}" y="470" width="120" height="130" fill="${paper}"/>`
    }).join('') +
    range(14).map((i) => `<circle cx="${80 + i * 80}" cy="${680 + (i % 3) * 30}" r="14" fill="${ink}" opacity="0.7"/>`).join('')),
  'wcf-map': svg(1200, 800,
    `<path d="M430 40 C520 120 560 170 640 230 C720 290 800 330 860 420 C900 480 960 540 1010 620 L1040 760 L760 760 C700 640 640 600 560 540 C470 470 410 420 360 330 C320 250 330 120 430 40 Z" fill="${sand}"/>` +
    `<g stroke="${ink}" stroke-width="3" stroke-dasharray="10 10" fill="none">` +
    `<path d="M520 250 L600 400 L760 330"/><path d="M520 250 L560 180"/><path d="M560 180 L760 330"/><path d="M760 330 L1120 60"/></g>` +
    [[520, 250, terracotta, 22], [540, 262, clay, 14], [560, 180, sage, 18], [600, 400, ochre, 22], [760, 330, terracotta, 30], [1120, 60, ink, 18]]
      .map(([x, y, c, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${c}"/><circle cx="${x}" cy="${y}" r="${Number(r) + 14}" fill="none" stroke="${c}" stroke-width="3"/>`).join('')),
  'wcf-network': svg(1200, 800, (() => {
    const nodes = [[200, 200], [420, 130], [640, 260], [880, 160], [1030, 360], [820, 520], [560, 560], [330, 470], [150, 620], [980, 680]]
    const links = [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 0], [2, 6], [2, 5], [7, 8], [5, 9], [1, 7], [3, 5]]
    return `<g stroke="${ink}" stroke-width="4" opacity="0.6">` +
      links.map(([a, b]) => `<line x1="${nodes[a][0]}" y1="${nodes[a][1]}" x2="${nodes[b][0]}" y2="${nodes[b][1]}"/>`).join('') + '</g>' +
      nodes.map(([x, y], i) => `<circle cx="${x}" cy="${y}" r="${i === 2 ? 56 : 30 + (i % 3) * 8}" fill="${[terracotta, ochre, sage, clay][i % 4]}"/>`).join('')
  })()),
  'wcf-europe': svg(1200, 800,
    `<rect x="0" y="0" width="1200" height="800" fill="${ink}"/>` +
    `<circle cx="600" cy="400" r="250" fill="none" stroke="${sand}" stroke-width="2" opacity="0.4"/>` +
    range(12).map((i) => {
      const a = (i / 12) * Math.PI * 2
      return `<circle cx="${600 + 250 * Math.cos(a)}" cy="${400 + 250 * Math.sin(a)}" r="22" fill="${i % 3 === 0 ? terracotta : ochre}"/>`
    }).join('') +
    `<circle cx="600" cy="400" r="90" fill="${clay}"/><circle cx="600" cy="400" r="40" fill="${paper}"/>`),
  'wcf-mark': svg(800, 800,
    `<circle cx="400" cy="400" r="330" fill="${terracotta}"/>` +
    `<polyline points="190,290 290,540 400,360 510,540 610,290" fill="none" stroke="${paper}" stroke-width="56" stroke-linejoin="round" stroke-linecap="round"/>` +
    `<rect x="250" y="600" width="300" height="24" rx="12" fill="${ink}"/>`),
}

for (const [name, drawing] of Object.entries(drawings)) {
  const file = path.join(dir, `${name}.jpg`)
  const info = await sharp(Buffer.from(drawing)).jpeg({ quality: 82, mozjpeg: true }).toFile(file)
  console.log(`${name}.jpg ${info.width}×${info.height} ${Math.round(info.size / 1024)} KB`)
}
