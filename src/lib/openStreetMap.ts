export type Place = {
  latitude?: number | null
  longitude?: number | null
  address?: string | null
  postalCode?: string | null
  city?: string | null
  country?: string | null
}

const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit

/**
 * A link to the place on OpenStreetMap: a pin at its coordinates when it has them, else a search
 * for its address. Nothing to link when neither is known.
 */
export function openStreetMapUrl(place: Place): string | undefined {
  const { latitude, longitude } = place
  if (isCoordinate(latitude, 90) && isCoordinate(longitude, 180)) {
    const url = new URL('https://www.openstreetmap.org/')
    url.searchParams.set('mlat', String(latitude))
    url.searchParams.set('mlon', String(longitude))
    url.hash = `map=17/${latitude}/${longitude}`
    return url.toString()
  }
  const query = [place.address, [place.postalCode, place.city].filter(Boolean).join(' '), place.country]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ')
  if (!place.address?.trim() && !place.city?.trim()) return undefined
  const url = new URL('https://www.openstreetmap.org/search')
  url.searchParams.set('query', query)
  return url.toString()
}
