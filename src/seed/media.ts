import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mapValues, upsertAll, type DocSpec, type SeedContext } from './upsert'

const imagesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'images')

const images = {
  desks: {
    it: 'Illustrazione: tre scrivanie condivise con monitor e piante in uno spazio luminoso',
    en: 'Illustration: three shared desks with monitors and plants in a bright room',
  },
  fair: {
    it: 'Illustrazione: una fila di stand colorati di una fiera, con i visitatori in primo piano',
    en: 'Illustration: a row of colourful fair stands, with visitors in the foreground',
  },
  map: {
    it: "Illustrazione: mappa stilizzata dell'Italia centrale con gli spazi della rete collegati da linee tratteggiate",
    en: 'Illustration: a stylised map of central Italy with the network’s spaces joined by dotted lines',
  },
  network: {
    it: 'Illustrazione: una rete di cerchi colorati uniti da linee',
    en: 'Illustration: a network of coloured circles joined by lines',
  },
  europe: {
    it: 'Illustrazione: dodici punti disposti in cerchio su fondo blu scuro, come le stelle europee',
    en: 'Illustration: twelve dots in a circle on a dark blue background, like the European stars',
  },
  mark: {
    it: 'Logo di Warehouse Coworking Factory: una W chiara su un cerchio color terracotta',
    en: 'Warehouse Coworking Factory logo: a light W on a terracotta circle',
  },
} satisfies Record<string, { it: string; en: string }>

export type ImageKey = keyof typeof images

/** Files are named wcf-<key>.jpg; a re-upload over a leftover file becomes wcf-<key>-1.jpg, which still matches. */
function spec({ it, en }: { it: string; en: string }, key: ImageKey): DocSpec<'media'> {
  return {
    collection: 'media',
    where: { filename: { like: `wcf-${key}` } },
    filePath: path.join(imagesDir, `wcf-${key}.jpg`),
    it: { alt: it },
    en: { alt: en },
  }
}

export function seedMedia(ctx: SeedContext): Promise<Record<ImageKey, number>> {
  return upsertAll(ctx, mapValues(images, spec))
}
