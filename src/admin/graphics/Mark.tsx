/** The coworking's "W" mark, the same drawing as public/favicon.svg. */
export function Mark({ size }: { size?: number }) {
  return (
    <svg width={size ?? '100%'} height={size ?? '100%'} viewBox="0 0 32 32" style={{ minWidth: size ?? 18, minHeight: size ?? 18 }} role="img" aria-label="Warehouse Coworking Factory">
      <rect width="32" height="32" rx="6" fill="#b4441c" />
      <path d="M7 10l3.5 12L14 13l2 0 3.5 9L23 10" fill="none" stroke="#faf7f2" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
