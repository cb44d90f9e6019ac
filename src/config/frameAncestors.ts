/**
 * Who may put our pages in a frame: every page only ourselves (the admin's live preview frames the
 * site), the events widget (`/{locale}/embed/…`) any site. Next lets the later rule win.
 */
export const frameAncestorsHeaders = [
  {
    source: '/:path*',
    headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }],
  },
  {
    source: '/:locale(it|en)/embed/:path*',
    headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }],
  },
]
