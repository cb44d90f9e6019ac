import { Mark } from './Mark'

/** The small mark in the admin's navigation and breadcrumbs. */
export function Icon() {
  return <Mark />
}
