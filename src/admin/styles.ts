import type { CSSProperties } from 'react'

/*
 * Inline styles on Payload's theme variables: CSS files imported by components that the admin
 * reaches only through its import map are not always linked into the page by the production build.
 */
export const box: CSSProperties = {
  padding: 'var(--base)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
}

export const muted: CSSProperties = { color: 'var(--theme-elevation-600)', fontSize: '0.9rem' }

export const badge: CSSProperties = {
  display: 'inline-block',
  minWidth: '1.6rem',
  padding: '0 0.4rem',
  borderRadius: '1rem',
  background: 'var(--theme-elevation-100)',
  textAlign: 'center',
  fontSize: '0.85rem',
}

export const grid = (min: string): CSSProperties => ({
  display: 'grid',
  gridTemplateColumns: `repeat(auto-fit, minmax(${min}, 1fr))`,
  gap: 'var(--base)',
})

export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
}
