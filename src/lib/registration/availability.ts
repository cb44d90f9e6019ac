import type { SeatCounts } from './counts'

export type RegistrationSettings = {
  enabled: boolean
  /** Seats; undefined: no limit. */
  capacity?: number
  maxPeople: number
  /** ISO instant; undefined: the event's start. */
  closesAt?: string
  waitlist: boolean
}

export type EventTimingStatus = { start: string; status: 'scheduled' | 'cancelled' | 'postponed' }

/** What the event page says about registration. */
export type Availability =
  | { kind: 'cancelled' }
  | { kind: 'closed' }
  | { kind: 'open'; seatsLeft?: number }
  | { kind: 'waitlist' }
  | { kind: 'full' }

type RawSettings = { enabled?: boolean | null; capacity?: number | null; maxPeople?: number | null; closesAt?: string | null; waitlist?: boolean | null } | null | undefined

export function toRegistrationSettings(raw: RawSettings): RegistrationSettings | undefined {
  if (!raw?.enabled) return undefined
  return {
    enabled: true,
    capacity: raw.capacity ?? undefined,
    maxPeople: Math.max(1, raw.maxPeople ?? 1),
    closesAt: raw.closesAt ?? undefined,
    waitlist: Boolean(raw.waitlist),
  }
}

export const closingTime = (settings: RegistrationSettings, event: EventTimingStatus) => settings.closesAt ?? event.start

export function availability(settings: RegistrationSettings, event: EventTimingStatus, counts: SeatCounts, now: Date): Availability {
  if (event.status === 'cancelled') return { kind: 'cancelled' }
  if (event.status !== 'scheduled' || now.getTime() >= new Date(closingTime(settings, event)).getTime()) return { kind: 'closed' }
  if (settings.capacity === undefined) return { kind: 'open' }
  const seatsLeft = Math.max(0, settings.capacity - counts.confirmedSeats)
  if (seatsLeft > 0) return { kind: 'open', seatsLeft }
  return settings.waitlist ? { kind: 'waitlist' } : { kind: 'full' }
}

/** Where a new registration of `people` goes, given the seats taken (read under the event's lock). */
export function placeFor(settings: RegistrationSettings, counts: SeatCounts, people: number): 'confirmed' | 'waitlisted' | 'full' {
  if (settings.capacity === undefined || counts.confirmedSeats + people <= settings.capacity) return 'confirmed'
  return settings.waitlist ? 'waitlisted' : 'full'
}
