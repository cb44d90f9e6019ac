import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_registration_closesat_tz" AS ENUM('Europe/Rome');
  CREATE TYPE "public"."enum__events_v_version_registration_closesat_tz" AS ENUM('Europe/Rome');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');
  CREATE TYPE "public"."enum_registrations_locale" AS ENUM('it', 'en');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'registrationRetention' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'registrationRetention' BEFORE 'schedulePublish';
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"people" numeric DEFAULT 1 NOT NULL,
  	"status" "enum_registrations_status" DEFAULT 'confirmed' NOT NULL,
  	"locale" "enum_registrations_locale" DEFAULT 'it' NOT NULL,
  	"consent" boolean DEFAULT false,
  	"cancelled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "events" ADD COLUMN "registration_enabled" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "registration_capacity" numeric;
  ALTER TABLE "events" ADD COLUMN "registration_max_people" numeric DEFAULT 4;
  ALTER TABLE "events" ADD COLUMN "registration_closes_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "registration_closesat_tz" "enum_events_registration_closesat_tz" DEFAULT 'Europe/Rome';
  ALTER TABLE "events" ADD COLUMN "registration_waitlist" boolean DEFAULT true;
  ALTER TABLE "events" ADD COLUMN "ics_sequence" numeric DEFAULT 0;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_enabled" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_capacity" numeric;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_max_people" numeric DEFAULT 4;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_closes_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_closesat_tz" "enum__events_v_version_registration_closesat_tz" DEFAULT 'Europe/Rome';
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_waitlist" boolean DEFAULT true;
  ALTER TABLE "_events_v" ADD COLUMN "version_ics_sequence" numeric DEFAULT 0;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registrations_id" integer;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");`)
  // Hand-written (Drizzle cannot describe a partial index): one active registration per address and event.
  await db.execute(sql`
  CREATE UNIQUE INDEX "registrations_active_email_idx" ON "registrations" USING btree ("event_id", "email") WHERE "status" <> 'cancelled';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registrations_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_registrations_id_idx";
  ALTER TABLE "events" DROP COLUMN "registration_enabled";
  ALTER TABLE "events" DROP COLUMN "registration_capacity";
  ALTER TABLE "events" DROP COLUMN "registration_max_people";
  ALTER TABLE "events" DROP COLUMN "registration_closes_at";
  ALTER TABLE "events" DROP COLUMN "registration_closesat_tz";
  ALTER TABLE "events" DROP COLUMN "registration_waitlist";
  ALTER TABLE "events" DROP COLUMN "ics_sequence";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_enabled";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_capacity";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_max_people";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_closes_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_closesat_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_waitlist";
  ALTER TABLE "_events_v" DROP COLUMN "version_ics_sequence";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registrations_id";
  DROP TYPE "public"."enum_events_registration_closesat_tz";
  DROP TYPE "public"."enum__events_v_version_registration_closesat_tz";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_registrations_locale";`)
}
