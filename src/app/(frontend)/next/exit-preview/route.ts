import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** The path of the page the editor came from, on this site whatever the referrer's host (never an open redirect). */
function returnPath(request: Request): string {
  const referer = request.headers.get('referer')
  if (!referer || !URL.canParse(referer)) return '/'
  const from = new URL(referer)
  // One leading slash: `//host` would leave the site.
  return `/${from.pathname.replace(/^\/+/, '')}${from.search}`
}

/** Leaves draft mode and returns to the public version of the page the editor was previewing. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(returnPath(request))
}
