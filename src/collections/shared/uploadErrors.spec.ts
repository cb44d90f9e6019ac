import type { AfterErrorHookArgs } from 'payload'
import { describe, expect, it } from 'vitest'
import { UPLOAD_TOO_LARGE } from '@/config/uploads'
import { explainUploadErrors } from './uploadErrors'

const args = (error: Error, language: string) => ({ error, req: { i18n: { language } } }) as unknown as AfterErrorHookArgs
const wrongType = Object.assign(new Error('The following field is invalid: file'), {
  name: 'o', // as the production build minifies ValidationError
  data: { errors: [{ path: 'file', message: 'File type text/plain (from extension txt) is not allowed.' }] },
})

describe('upload errors told to the editor', () => {
  it('names the limit of a file too big, in the admin language, with status 413', () => {
    const tooBig = Object.assign(new Error(UPLOAD_TOO_LARGE), { status: 413 })
    expect(explainUploadErrors(args(tooBig, 'it'))).toEqual({ status: 413, response: { errors: [{ message: expect.stringContaining('supera 40 MB') }] } })
    expect(explainUploadErrors(args(tooBig, 'en'))).toMatchObject({ response: { errors: [{ message: expect.stringContaining('larger than 40 MB') }] } })
  })

  it('lists the accepted types for a file of another type', () => {
    const result = explainUploadErrors(args(wrongType, 'it'))
    expect(result).toMatchObject({ status: 400, response: { errors: [{ message: expect.stringContaining('JPEG, PNG, WebP, AVIF o GIF') }] } })
  })

  it('leaves every other error as Payload wrote it', () => {
    expect(explainUploadErrors(args(new Error('Something else'), 'it'))).toBeUndefined()
  })
})
