export const metadata = { title: 'Bare page', robots: { index: false } }

/** A bare page for the JavaScript benchmark (scripts/bench/edge.ts): nothing but Next's runtime. */
export default function BarePage() {
  return <p>Bare Next page.</p>
}
