'use client'
import { useEffect, useState } from 'react'

/**
 * The form's signed "shown at" stamp. The cached page carries the time it was rendered; with
 * JavaScript the stamp is renewed when the page is shown, so the minimum fill time counts from then.
 */
export function FillTimeField({ name, initial }: { name: string; initial: string }) {
  const [token, setToken] = useState(initial)
  useEffect(() => {
    fetch('/next/form/stamp', { cache: 'no-store' })
      .then((response) => (response.ok ? response.text() : undefined))
      .then((fresh) => fresh && setToken(fresh))
      .catch(() => undefined)
  }, [])
  return <input type="hidden" name={name} value={token} />
}
