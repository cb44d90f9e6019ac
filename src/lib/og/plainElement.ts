import { isValidElement, type ReactNode } from 'react'

export type PlainNode = string | number | boolean | null | undefined | { type: string; props: Record<string, unknown> } | PlainNode[]

/**
 * The element tree as satori reads it, `{ type, props }` objects, without React's symbols and
 * function components (called here, as satori would), so that it can be posted to a worker.
 */
export function plainElement(node: ReactNode): PlainNode {
  if (Array.isArray(node)) return node.map(plainElement)
  if (!isValidElement<{ children?: ReactNode }>(node)) return node as PlainNode
  if (typeof node.type === 'function') return plainElement((node.type as (props: object) => ReactNode)(node.props))
  const { children, ...props } = node.props
  return { type: String(node.type), props: { ...props, children: plainElement(children) } }
}
