import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft mode and returns to the public version of the page the editor was previewing. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const back = new URL(request.url).searchParams.get('path') ?? '/'
  // Only a path on this site: never an open redirect.
  redirect(/^\/(?!\/)[^\\]*$/.test(back) ? back : '/')
}
