import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/*
 * Changes nothing: the migrations of redirects, registrations, S3 storage and forms were made side by side,
 * each from a schema snapshot without the others. This one's snapshot (the .json beside it) is the schema
 * with all of them, so the next `npm run migrate:create` compares against the real schema.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
