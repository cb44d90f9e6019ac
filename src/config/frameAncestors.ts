/**
 * Who may put our pages in a frame: every page only ourselves (the admin's live preview frames the
 * site), the events widget (`/{locale}/embed/…`) any site. src/config/securityHeaders.ts sends them.
 */
export const frameAncestors = { site: "'self'", widget: '*' } as const
