import { fillTimeToken } from '@/lib/forms/fillTime'

/** A fresh fill-time stamp for a form on a cached page (src/components/FormBlock/FillTimeField). */
export function GET() {
  return new Response(fillTimeToken(), { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}
