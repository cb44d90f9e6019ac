import { truncate } from '@/lib/richText/plainText'

export const OG_SIZE = { width: 1200, height: 630 }

type Props = { kind: string; title: string; lines: string[]; site: string }

/** The 1200×630 preview card drawn by satori (flexbox and inline styles only). */
export function OgCard({ kind, title, lines, site }: Props) {
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#faf7f2', color: '#1d1b18', fontFamily: 'DejaVu Sans', borderTop: '18px solid #a63c15' }}>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 28, letterSpacing: 4, textTransform: 'uppercase', color: '#a63c15' }}>{kind}</div>
        <div style={{ fontFamily: 'DejaVu Serif', fontWeight: 700, fontSize: title.length > 70 ? 54 : 64, lineHeight: 1.15, marginTop: 24 }}>
          {truncate(title, 120)}
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 10, marginTop: 24 }}>
        {lines.map((line) => (
          <div key={line} style={{ fontSize: 32, color: '#57514a' }}>
            {truncate(line, 80)}
          </div>
        ))}
        <div style={{ fontSize: 26, marginTop: 18, paddingTop: 18, borderTop: '3px solid #1d1b18' }}>{site}</div>
      </div>
    </div>
  )
}
