import { Mark } from './Mark'
import styles from './graphics.module.css'

/** The login page's logo: the coworking's mark and name. */
export function Logo() {
  return (
    <span className={styles.logo}>
      <Mark size={48} />
      <span className={styles.name}>Warehouse Coworking Factory</span>
    </span>
  )
}
