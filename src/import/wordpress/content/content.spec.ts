import { describe, expect, it } from 'vitest'
import { autop } from './autop'
import { isCameraDefault } from './cameraDefaults'
import { sanitizeContent } from './sanitize'
import { expandShortcodes } from './shortcodes'

describe('isCameraDefault', () => {
  it('recognizes labels cameras write by themselves, alone or repeated', () => {
    for (const label of ['SONY DSC', 'SONY DSC SONY DSC', 'OLYMPUS DIGITAL CAMERA', 'DSC_0042', 'IMG_1234.JPG', 'DCIM100']) expect(isCameraDefault(label)).toBe(true)
  })
  it('leaves real words alone', () => {
    for (const text of ['Gli stand della fiera', 'DSC di Fano', '', 'Sony a Fano']) expect(isCameraDefault(text)).toBe(false)
  })
})

describe('autop', () => {
  it('makes paragraphs of blank-line separated text and line breaks of single newlines', () => {
    expect(autop('Uno\nDue\n\nTre\n\n<h2>Titolo</h2>')).toBe('<p>Uno<br />\nDue</p>\n<p>Tre</p>\n<h2>Titolo</h2>')
  })
})

describe('expandShortcodes', () => {
  const warnings: string[] = []
  const ctx = { attachmentImage: (id: number) => (id === 7 ? '<img src="/x.jpg">' : undefined), warn: (m: string) => warnings.push(m) }
  it('keeps the image and the caption of [caption], dropping a camera label', () => {
    expect(expandShortcodes('[caption id="a" width="9"]<img src="/a.jpg" /> Una scrivania[/caption]', ctx).trim()).toBe('<img src="/a.jpg" />\n\nUna scrivania')
    expect(expandShortcodes('[caption id="a"]<img src="/a.jpg" /> SONY DSC[/caption]', ctx).trim()).toBe('<img src="/a.jpg" />')
  })
  it('turns [gallery] into its images and removes unknown shortcodes with a warning, keeping plain brackets', () => {
    expect(expandShortcodes('[gallery ids="7,8"]', ctx).trim()).toBe('<img src="/x.jpg">')
    expect(expandShortcodes('Prima [contact-form-7 id="1"] dopo [sic]', ctx)).toBe('Prima  dopo [sic]')
    expect(warnings).toContain('shortcode [contact-form-7] removed')
  })
})

describe('sanitizeContent', () => {
  const run = (html: string) => {
    const warnings: string[] = []
    const out = sanitizeContent(html, {
      mediaIdForImage: (src) => (src.endsWith('/a.jpg') ? 4 : undefined),
      rewriteLink: (href) => (href === 'http://old/?p=1' ? '/it/blog/nuovo' : undefined),
      warn: (m) => warnings.push(m),
    })
    return { out, warnings }
  }
  it('removes scripts, event handlers and javascript: links, keeping their text', () => {
    const { out, warnings } = run('<p onclick="x()">Ciao <a href="javascript:alert(1)">qui</a></p><script>alert(1)</script>')
    expect(out).toBe('<p>Ciao qui</p>')
    expect(warnings).toContain('<script> removed')
  })
  it('rewrites old links, turns known images into media references and drops unknown ones', () => {
    const { out, warnings } = run('<p><a href="http://old/?p=1">vecchio</a></p><img src="http://old/wp-content/uploads/a.jpg"><img src="http://else/b.jpg">')
    expect(out).toBe('<p><a href="/it/blog/nuovo">vecchio</a></p><img data-lexical-upload-id="4" data-lexical-upload-relation-to="media" />')
    expect(warnings).toEqual(['image not imported (no attachment for http://else/b.jpg)'])
  })
  it('drops paragraphs holding only camera labels', () => {
    expect(run('<p>SONY DSC SONY DSC</p><p>Testo</p>').out).toBe('<p>Testo</p>')
  })
})
