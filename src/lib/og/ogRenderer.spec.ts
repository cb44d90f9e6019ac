import { readFile } from 'node:fs/promises'
import { ImageResponse } from 'next/og'
import { createElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { OG_SIZE, OgCard } from './OgCard'
import { ogFonts } from './ogFonts'
import { createOgRenderer } from './ogRenderer'

vi.mock('server-only', () => ({}))

const card = createElement(OgCard, { kind: 'Evento', title: 'Colazione fra coworker a Fano', lines: ['10 gennaio 2030', 'Fano'], site: 'Coworking' })

describe('createOgRenderer', () => {
  it('draws the same PNG as next/og drawing in the server itself', async () => {
    const renderer = createOgRenderer({ idleMs: 50 })
    const fonts = await Promise.all(ogFonts.map(async ({ file, ...font }) => ({ ...font, data: await readFile(file) })))
    const inProcess = await new ImageResponse(card, { ...OG_SIZE, fonts }).arrayBuffer()
    expect(Buffer.from(await renderer.render(card, OG_SIZE)).equals(Buffer.from(inProcess))).toBe(true)
  }, 20_000)

  it('ends its worker thread once idle and starts another for the next card', async () => {
    const renderer = createOgRenderer({ idleMs: 50 })
    const first = Buffer.from(await renderer.render(card, OG_SIZE))
    expect(first.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(renderer.running()).toBe(true)
    await vi.waitFor(() => expect(renderer.running()).toBe(false), { timeout: 15_000, interval: 20 })
    expect(Buffer.from(await renderer.render(card, OG_SIZE)).equals(first)).toBe(true)
  }, 20_000)
})
