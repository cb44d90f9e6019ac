/** Titles and captions cameras and phones write by themselves: they describe nothing. */
const CAMERA_LABEL =
  /\b(?:SONY DSC|OLYMPUS DIGITAL CAMERA|DIGITAL CAMERA|NIKON DIGITAL CAMERA|KODAK Digital Still Camera|DCIM\S*|(?:IMG|DSC|DSCN|DSCF|CIMG|PICT|GOPR|MVI|WP)[_-]?\d{3,}\S*)/gi

/** Whether a text holds nothing but camera-default labels ("SONY DSC SONY DSC", "DSC_0042"). */
export function isCameraDefault(text: string | undefined | null): boolean {
  if (!text || text.trim() === '') return false
  return text.replace(CAMERA_LABEL, '').replace(/[\s\u00a0.,;:\-_]+/g, '') === ''
}

/** The text, or nothing when it is only a camera default. */
export const meaningful = (text: string | undefined | null): string | undefined =>
  text && text.trim() !== '' && !isCameraDefault(text) ? text.trim() : undefined
