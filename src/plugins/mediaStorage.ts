import { s3Storage } from '@payloadcms/storage-s3'
import type { Env } from '@/config/env'

/**
 * Uploaded images on S3-compatible storage (AWS S3, MinIO, Ceph, R2…) when S3_BUCKET is set, so
 * that every instance serves every upload; on the local disk (MEDIA_DIR) otherwise. Payload keeps
 * serving them at /api/media/file/… either way (sizes, focal point and alt texts are the same
 * collection's), so pages and their cached copies never point at the bucket. The `prefix` field
 * the adapter adds is always in the schema (one migration for both set-ups).
 */
export function mediaStorage(env: Pick<Env, 'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'>) {
  return s3Storage({
    enabled: Boolean(env.S3_BUCKET),
    alwaysInsertFields: true,
    collections: { media: true },
    bucket: env.S3_BUCKET ?? 'unset',
    config: {
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      // MinIO and most self-hosted stores address buckets by path, not by host name.
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    },
  })
}
