import { describe, expect, it } from 'vitest'
import { toEmbed } from './embedUrl'

describe('toEmbed', () => {
  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com/watch?v=dQw4w9WgXcQ&feature=share',
    'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    '  https://youtu.be/dQw4w9WgXcQ  ',
  ])('plays %s from youtube-nocookie.com', (url) => {
    expect(toEmbed(url)).toEqual({
      provider: 'YouTube',
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      pageUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    })
  })

  it('keeps a YouTube start time, in seconds', () => {
    expect(toEmbed('https://youtu.be/dQw4w9WgXcQ?t=1m30s')?.src).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90')
    expect(toEmbed('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42')?.src).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42',
    )
  })

  it('plays Vimeo videos with do-not-track, keeping the hash of unlisted ones', () => {
    expect(toEmbed('https://vimeo.com/76979871')).toEqual({
      provider: 'Vimeo',
      src: 'https://player.vimeo.com/video/76979871?dnt=1',
      pageUrl: 'https://vimeo.com/76979871',
    })
    expect(toEmbed('https://vimeo.com/76979871/8272103f6e')?.src).toBe('https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1')
    expect(toEmbed('https://player.vimeo.com/video/76979871?h=8272103f6e')?.pageUrl).toBe('https://vimeo.com/76979871/8272103f6e')
  })

  it.each([
    'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
    'https://www.youtube.com/channel/UC123',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ',
    'https://user@youtu.be/dQw4w9WgXcQ',
    'https://vimeo.com/channels/staffpicks',
    'https://vimeo.com/76979871/<b>',
    'javascript:alert(1)',
    'youtu.be/dQw4w9WgXcQ',
    '',
    undefined,
  ])('refuses %s', (url) => {
    expect(toEmbed(url)).toBeUndefined()
  })
})
