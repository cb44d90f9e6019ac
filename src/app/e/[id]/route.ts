import { shortLinkResponse } from '@/lib/redirects/shortLinkResponse'

/** `/e/{id}`: the permanent link of an event, to its current page in the visitor's language. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return shortLinkResponse(request, 'events', (await params).id)
}
