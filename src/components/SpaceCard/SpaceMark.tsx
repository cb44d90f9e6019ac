import styles from './SpaceCard.module.css'

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join('')

/** A monogram in place of a logo: decoration, the name is written next to it. */
export function SpaceMark({ name, large = false }: { name: string; large?: boolean }) {
  return (
    <span className={`${styles.mark} ${large ? styles.markLarge : ''}`} aria-hidden="true">
      {initials(name)}
    </span>
  )
}
