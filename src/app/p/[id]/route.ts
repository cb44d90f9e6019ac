import { shortLinkResponse } from '@/lib/redirects/shortLinkResponse'

/** `/p/{id}`: the permanent link of a post, to its current page in the visitor's language. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return shortLinkResponse(request, 'posts', (await params).id)
}
