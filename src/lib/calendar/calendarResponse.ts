/** A calendar file: downloaded under `filename`, or shown inline for subscriptions (`filename` omitted). */
export function calendarResponse(body: string, filename?: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      ...(filename ? { 'Content-Disposition': `attachment; filename="${filename}"` } : {}),
    },
  })
}

export const notFoundResponse = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
