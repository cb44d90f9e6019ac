import { Mark } from './Mark'

/** The login page's logo: the coworking's mark and name. */
export function Logo() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.9rem' }}>
      <Mark size={48} />
      <span style={{ fontSize: '1.5rem', fontWeight: 700, color: 'var(--theme-text)' }}>Warehouse Coworking Factory</span>
    </span>
  )
}
