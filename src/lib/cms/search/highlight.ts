// Control characters: removed from the text before PostgreSQL marks the matches, so every one
// left in the headline is a marker it placed.
const start = '\u0002'
const stop = '\u0003'

export const highlightMarkers = start + stop

export const headlineOptions = `StartSel=${start}, StopSel=${stop}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`

/** A piece of a snippet: plain text, or a match to highlight. Rendered by React, so never markup. */
export type SnippetPart = { text: string; match: boolean }

/** Splits PostgreSQL's headline at its markers into plain and matched text. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  for (const [index, piece] of headline.split(new RegExp(`[${start}${stop}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: index % 2 === 1 })
  }
  return parts
}
