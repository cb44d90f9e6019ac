/**
 * The largest file an editor may upload. A camera's full-size JPEG weighs 8-35 MB (24-61 MP); 40 MB
 * takes them all and still bounds one upload in memory (Payload buffers it, sharp decodes it).
 */
export const MAX_UPLOAD_MB = 40
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024

/** Payload's own message when a file passes the limit; src/collections/shared/uploadErrors.ts rewrites it. */
export const UPLOAD_TOO_LARGE = 'File size limit has been reached'

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/** The kept original's longest side: above the largest size made from it (1600 px), enough for a 2x screen. */
export const ORIGINAL_MAX_PX = 2560
