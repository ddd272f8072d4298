import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_films_review" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum_films_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__films_v_version_review" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum__films_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_symbols_review" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum_symbols_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__symbols_v_version_review" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum__symbols_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_essays_review" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum_essays_kind" AS ENUM('philosophical-question', 'core-meaning', 'analysis');
  CREATE TYPE "public"."enum_essays_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__essays_v_version_review" AS ENUM('draft', 'in-review', 'published');
  CREATE TYPE "public"."enum__essays_v_version_kind" AS ENUM('philosophical-question', 'core-meaning', 'analysis');
  CREATE TYPE "public"."enum__essays_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'writer');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "films_cast" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"character" varchar
  );
  
  CREATE TABLE "films" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"review" "enum_films_review" DEFAULT 'draft',
  	"author_id" integer,
  	"logline" varchar,
  	"original_title" varchar,
  	"original_language" varchar,
  	"tagline" varchar,
  	"release_date" timestamp(3) with time zone,
  	"country" varchar,
  	"runtime_minutes" numeric,
  	"rating_score" numeric,
  	"rating_votes" numeric,
  	"box_office_amount" numeric,
  	"box_office_currency" varchar,
  	"poster_id" integer,
  	"featured" boolean DEFAULT false,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_films_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "films_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer,
  	"genres_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_films_v_version_cast" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"character" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_films_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_review" "enum__films_v_version_review" DEFAULT 'draft',
  	"version_author_id" integer,
  	"version_logline" varchar,
  	"version_original_title" varchar,
  	"version_original_language" varchar,
  	"version_tagline" varchar,
  	"version_release_date" timestamp(3) with time zone,
  	"version_country" varchar,
  	"version_runtime_minutes" numeric,
  	"version_rating_score" numeric,
  	"version_rating_votes" numeric,
  	"version_box_office_amount" numeric,
  	"version_box_office_currency" varchar,
  	"version_poster_id" integer,
  	"version_featured" boolean DEFAULT false,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__films_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_films_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer,
  	"genres_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "symbols" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"review" "enum_symbols_review" DEFAULT 'draft',
  	"author_id" integer,
  	"film_id" integer,
  	"meaning" jsonb,
  	"context" jsonb,
  	"image_id" integer,
  	"order" numeric DEFAULT 0,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_symbols_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "symbols_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "_symbols_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_review" "enum__symbols_v_version_review" DEFAULT 'draft',
  	"version_author_id" integer,
  	"version_film_id" integer,
  	"version_meaning" jsonb,
  	"version_context" jsonb,
  	"version_image_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__symbols_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_symbols_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "essays" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"review" "enum_essays_review" DEFAULT 'draft',
  	"author_id" integer,
  	"kind" "enum_essays_kind" DEFAULT 'analysis',
  	"body" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"order" numeric DEFAULT 0,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_essays_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "essays_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"films_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_essays_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_review" "enum__essays_v_version_review" DEFAULT 'draft',
  	"version_author_id" integer,
  	"version_kind" "enum__essays_v_version_kind" DEFAULT 'analysis',
  	"version_body" jsonb,
  	"version_published_at" timestamp(3) with time zone,
  	"version_order" numeric DEFAULT 0,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__essays_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_essays_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"films_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_themes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar NOT NULL,
  	"version_description" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "genres" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_genres_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"original_name" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_people_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar NOT NULL,
  	"version_original_name" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'writer' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "search" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"priority" numeric,
  	"kind" varchar,
  	"url" varchar,
  	"text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"films_id" integer,
  	"symbols_id" integer,
  	"essays_id" integer,
  	"themes_id" integer,
  	"people_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"films_id" integer,
  	"symbols_id" integer,
  	"essays_id" integer,
  	"themes_id" integer,
  	"genres_id" integer,
  	"people_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"search_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "films_cast" ADD CONSTRAINT "films_cast_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films_cast" ADD CONSTRAINT "films_cast_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films" ADD CONSTRAINT "films_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films" ADD CONSTRAINT "films_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films" ADD CONSTRAINT "films_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films_rels" ADD CONSTRAINT "films_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_rels" ADD CONSTRAINT "films_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_rels" ADD CONSTRAINT "films_rels_genres_fk" FOREIGN KEY ("genres_id") REFERENCES "public"."genres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_rels" ADD CONSTRAINT "films_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_cast" ADD CONSTRAINT "_films_v_version_cast_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v_version_cast" ADD CONSTRAINT "_films_v_version_cast_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_parent_id_films_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v_rels" ADD CONSTRAINT "_films_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_rels" ADD CONSTRAINT "_films_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_rels" ADD CONSTRAINT "_films_v_rels_genres_fk" FOREIGN KEY ("genres_id") REFERENCES "public"."genres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_rels" ADD CONSTRAINT "_films_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "symbols" ADD CONSTRAINT "symbols_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "symbols" ADD CONSTRAINT "symbols_film_id_films_id_fk" FOREIGN KEY ("film_id") REFERENCES "public"."films"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "symbols" ADD CONSTRAINT "symbols_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "symbols" ADD CONSTRAINT "symbols_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "symbols_rels" ADD CONSTRAINT "symbols_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."symbols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "symbols_rels" ADD CONSTRAINT "symbols_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_symbols_v" ADD CONSTRAINT "_symbols_v_parent_id_symbols_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."symbols"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_symbols_v" ADD CONSTRAINT "_symbols_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_symbols_v" ADD CONSTRAINT "_symbols_v_version_film_id_films_id_fk" FOREIGN KEY ("version_film_id") REFERENCES "public"."films"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_symbols_v" ADD CONSTRAINT "_symbols_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_symbols_v" ADD CONSTRAINT "_symbols_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_symbols_v_rels" ADD CONSTRAINT "_symbols_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_symbols_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_symbols_v_rels" ADD CONSTRAINT "_symbols_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "essays" ADD CONSTRAINT "essays_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "essays" ADD CONSTRAINT "essays_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "essays_rels" ADD CONSTRAINT "essays_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."essays"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "essays_rels" ADD CONSTRAINT "essays_rels_films_fk" FOREIGN KEY ("films_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "essays_rels" ADD CONSTRAINT "essays_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_essays_v" ADD CONSTRAINT "_essays_v_parent_id_essays_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."essays"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_essays_v" ADD CONSTRAINT "_essays_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_essays_v" ADD CONSTRAINT "_essays_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_essays_v_rels" ADD CONSTRAINT "_essays_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_essays_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_essays_v_rels" ADD CONSTRAINT "_essays_v_rels_films_fk" FOREIGN KEY ("films_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_essays_v_rels" ADD CONSTRAINT "_essays_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes" ADD CONSTRAINT "themes_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_themes_v" ADD CONSTRAINT "_themes_v_parent_id_themes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_themes_v" ADD CONSTRAINT "_themes_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_genres_v" ADD CONSTRAINT "_genres_v_parent_id_genres_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."genres"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_parent_id_people_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_films_fk" FOREIGN KEY ("films_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_symbols_fk" FOREIGN KEY ("symbols_id") REFERENCES "public"."symbols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_essays_fk" FOREIGN KEY ("essays_id") REFERENCES "public"."essays"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_films_fk" FOREIGN KEY ("films_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_symbols_fk" FOREIGN KEY ("symbols_id") REFERENCES "public"."symbols"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_essays_fk" FOREIGN KEY ("essays_id") REFERENCES "public"."essays"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_genres_fk" FOREIGN KEY ("genres_id") REFERENCES "public"."genres"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_fk" FOREIGN KEY ("search_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "films_cast_order_idx" ON "films_cast" USING btree ("_order");
  CREATE INDEX "films_cast_parent_id_idx" ON "films_cast" USING btree ("_parent_id");
  CREATE INDEX "films_cast_person_idx" ON "films_cast" USING btree ("person_id");
  CREATE INDEX "films_title_idx" ON "films" USING btree ("title");
  CREATE UNIQUE INDEX "films_slug_idx" ON "films" USING btree ("slug");
  CREATE INDEX "films_review_idx" ON "films" USING btree ("review");
  CREATE INDEX "films_author_idx" ON "films" USING btree ("author_id");
  CREATE INDEX "films_poster_idx" ON "films" USING btree ("poster_id");
  CREATE INDEX "films_featured_idx" ON "films" USING btree ("featured");
  CREATE INDEX "films_meta_meta_image_idx" ON "films" USING btree ("meta_image_id");
  CREATE INDEX "films_updated_at_idx" ON "films" USING btree ("updated_at");
  CREATE INDEX "films_created_at_idx" ON "films" USING btree ("created_at");
  CREATE INDEX "films__status_idx" ON "films" USING btree ("_status");
  CREATE INDEX "films_rels_order_idx" ON "films_rels" USING btree ("order");
  CREATE INDEX "films_rels_parent_idx" ON "films_rels" USING btree ("parent_id");
  CREATE INDEX "films_rels_path_idx" ON "films_rels" USING btree ("path");
  CREATE INDEX "films_rels_people_id_idx" ON "films_rels" USING btree ("people_id");
  CREATE INDEX "films_rels_genres_id_idx" ON "films_rels" USING btree ("genres_id");
  CREATE INDEX "films_rels_themes_id_idx" ON "films_rels" USING btree ("themes_id");
  CREATE INDEX "_films_v_version_cast_order_idx" ON "_films_v_version_cast" USING btree ("_order");
  CREATE INDEX "_films_v_version_cast_parent_id_idx" ON "_films_v_version_cast" USING btree ("_parent_id");
  CREATE INDEX "_films_v_version_cast_person_idx" ON "_films_v_version_cast" USING btree ("person_id");
  CREATE INDEX "_films_v_parent_idx" ON "_films_v" USING btree ("parent_id");
  CREATE INDEX "_films_v_version_version_title_idx" ON "_films_v" USING btree ("version_title");
  CREATE INDEX "_films_v_version_version_slug_idx" ON "_films_v" USING btree ("version_slug");
  CREATE INDEX "_films_v_version_version_review_idx" ON "_films_v" USING btree ("version_review");
  CREATE INDEX "_films_v_version_version_author_idx" ON "_films_v" USING btree ("version_author_id");
  CREATE INDEX "_films_v_version_version_poster_idx" ON "_films_v" USING btree ("version_poster_id");
  CREATE INDEX "_films_v_version_version_featured_idx" ON "_films_v" USING btree ("version_featured");
  CREATE INDEX "_films_v_version_meta_version_meta_image_idx" ON "_films_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_films_v_version_version_updated_at_idx" ON "_films_v" USING btree ("version_updated_at");
  CREATE INDEX "_films_v_version_version_created_at_idx" ON "_films_v" USING btree ("version_created_at");
  CREATE INDEX "_films_v_version_version__status_idx" ON "_films_v" USING btree ("version__status");
  CREATE INDEX "_films_v_created_at_idx" ON "_films_v" USING btree ("created_at");
  CREATE INDEX "_films_v_updated_at_idx" ON "_films_v" USING btree ("updated_at");
  CREATE INDEX "_films_v_latest_idx" ON "_films_v" USING btree ("latest");
  CREATE INDEX "_films_v_autosave_idx" ON "_films_v" USING btree ("autosave");
  CREATE INDEX "_films_v_rels_order_idx" ON "_films_v_rels" USING btree ("order");
  CREATE INDEX "_films_v_rels_parent_idx" ON "_films_v_rels" USING btree ("parent_id");
  CREATE INDEX "_films_v_rels_path_idx" ON "_films_v_rels" USING btree ("path");
  CREATE INDEX "_films_v_rels_people_id_idx" ON "_films_v_rels" USING btree ("people_id");
  CREATE INDEX "_films_v_rels_genres_id_idx" ON "_films_v_rels" USING btree ("genres_id");
  CREATE INDEX "_films_v_rels_themes_id_idx" ON "_films_v_rels" USING btree ("themes_id");
  CREATE INDEX "symbols_slug_idx" ON "symbols" USING btree ("slug");
  CREATE INDEX "symbols_review_idx" ON "symbols" USING btree ("review");
  CREATE INDEX "symbols_author_idx" ON "symbols" USING btree ("author_id");
  CREATE INDEX "symbols_film_idx" ON "symbols" USING btree ("film_id");
  CREATE INDEX "symbols_image_idx" ON "symbols" USING btree ("image_id");
  CREATE INDEX "symbols_meta_meta_image_idx" ON "symbols" USING btree ("meta_image_id");
  CREATE INDEX "symbols_updated_at_idx" ON "symbols" USING btree ("updated_at");
  CREATE INDEX "symbols_created_at_idx" ON "symbols" USING btree ("created_at");
  CREATE INDEX "symbols__status_idx" ON "symbols" USING btree ("_status");
  CREATE UNIQUE INDEX "film_slug_idx" ON "symbols" USING btree ("film_id","slug");
  CREATE INDEX "symbols_rels_order_idx" ON "symbols_rels" USING btree ("order");
  CREATE INDEX "symbols_rels_parent_idx" ON "symbols_rels" USING btree ("parent_id");
  CREATE INDEX "symbols_rels_path_idx" ON "symbols_rels" USING btree ("path");
  CREATE INDEX "symbols_rels_themes_id_idx" ON "symbols_rels" USING btree ("themes_id");
  CREATE INDEX "_symbols_v_parent_idx" ON "_symbols_v" USING btree ("parent_id");
  CREATE INDEX "_symbols_v_version_version_slug_idx" ON "_symbols_v" USING btree ("version_slug");
  CREATE INDEX "_symbols_v_version_version_review_idx" ON "_symbols_v" USING btree ("version_review");
  CREATE INDEX "_symbols_v_version_version_author_idx" ON "_symbols_v" USING btree ("version_author_id");
  CREATE INDEX "_symbols_v_version_version_film_idx" ON "_symbols_v" USING btree ("version_film_id");
  CREATE INDEX "_symbols_v_version_version_image_idx" ON "_symbols_v" USING btree ("version_image_id");
  CREATE INDEX "_symbols_v_version_meta_version_meta_image_idx" ON "_symbols_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_symbols_v_version_version_updated_at_idx" ON "_symbols_v" USING btree ("version_updated_at");
  CREATE INDEX "_symbols_v_version_version_created_at_idx" ON "_symbols_v" USING btree ("version_created_at");
  CREATE INDEX "_symbols_v_version_version__status_idx" ON "_symbols_v" USING btree ("version__status");
  CREATE INDEX "_symbols_v_created_at_idx" ON "_symbols_v" USING btree ("created_at");
  CREATE INDEX "_symbols_v_updated_at_idx" ON "_symbols_v" USING btree ("updated_at");
  CREATE INDEX "_symbols_v_latest_idx" ON "_symbols_v" USING btree ("latest");
  CREATE INDEX "_symbols_v_autosave_idx" ON "_symbols_v" USING btree ("autosave");
  CREATE INDEX "version_film_version_slug_idx" ON "_symbols_v" USING btree ("version_film_id","version_slug");
  CREATE INDEX "_symbols_v_rels_order_idx" ON "_symbols_v_rels" USING btree ("order");
  CREATE INDEX "_symbols_v_rels_parent_idx" ON "_symbols_v_rels" USING btree ("parent_id");
  CREATE INDEX "_symbols_v_rels_path_idx" ON "_symbols_v_rels" USING btree ("path");
  CREATE INDEX "_symbols_v_rels_themes_id_idx" ON "_symbols_v_rels" USING btree ("themes_id");
  CREATE UNIQUE INDEX "essays_slug_idx" ON "essays" USING btree ("slug");
  CREATE INDEX "essays_review_idx" ON "essays" USING btree ("review");
  CREATE INDEX "essays_author_idx" ON "essays" USING btree ("author_id");
  CREATE INDEX "essays_meta_meta_image_idx" ON "essays" USING btree ("meta_image_id");
  CREATE INDEX "essays_updated_at_idx" ON "essays" USING btree ("updated_at");
  CREATE INDEX "essays_created_at_idx" ON "essays" USING btree ("created_at");
  CREATE INDEX "essays__status_idx" ON "essays" USING btree ("_status");
  CREATE INDEX "essays_rels_order_idx" ON "essays_rels" USING btree ("order");
  CREATE INDEX "essays_rels_parent_idx" ON "essays_rels" USING btree ("parent_id");
  CREATE INDEX "essays_rels_path_idx" ON "essays_rels" USING btree ("path");
  CREATE INDEX "essays_rels_films_id_idx" ON "essays_rels" USING btree ("films_id");
  CREATE INDEX "essays_rels_themes_id_idx" ON "essays_rels" USING btree ("themes_id");
  CREATE INDEX "_essays_v_parent_idx" ON "_essays_v" USING btree ("parent_id");
  CREATE INDEX "_essays_v_version_version_slug_idx" ON "_essays_v" USING btree ("version_slug");
  CREATE INDEX "_essays_v_version_version_review_idx" ON "_essays_v" USING btree ("version_review");
  CREATE INDEX "_essays_v_version_version_author_idx" ON "_essays_v" USING btree ("version_author_id");
  CREATE INDEX "_essays_v_version_meta_version_meta_image_idx" ON "_essays_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_essays_v_version_version_updated_at_idx" ON "_essays_v" USING btree ("version_updated_at");
  CREATE INDEX "_essays_v_version_version_created_at_idx" ON "_essays_v" USING btree ("version_created_at");
  CREATE INDEX "_essays_v_version_version__status_idx" ON "_essays_v" USING btree ("version__status");
  CREATE INDEX "_essays_v_created_at_idx" ON "_essays_v" USING btree ("created_at");
  CREATE INDEX "_essays_v_updated_at_idx" ON "_essays_v" USING btree ("updated_at");
  CREATE INDEX "_essays_v_latest_idx" ON "_essays_v" USING btree ("latest");
  CREATE INDEX "_essays_v_autosave_idx" ON "_essays_v" USING btree ("autosave");
  CREATE INDEX "_essays_v_rels_order_idx" ON "_essays_v_rels" USING btree ("order");
  CREATE INDEX "_essays_v_rels_parent_idx" ON "_essays_v_rels" USING btree ("parent_id");
  CREATE INDEX "_essays_v_rels_path_idx" ON "_essays_v_rels" USING btree ("path");
  CREATE INDEX "_essays_v_rels_films_id_idx" ON "_essays_v_rels" USING btree ("films_id");
  CREATE INDEX "_essays_v_rels_themes_id_idx" ON "_essays_v_rels" USING btree ("themes_id");
  CREATE INDEX "themes_name_idx" ON "themes" USING btree ("name");
  CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_meta_meta_image_idx" ON "themes" USING btree ("meta_image_id");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE INDEX "_themes_v_parent_idx" ON "_themes_v" USING btree ("parent_id");
  CREATE INDEX "_themes_v_version_version_name_idx" ON "_themes_v" USING btree ("version_name");
  CREATE INDEX "_themes_v_version_version_slug_idx" ON "_themes_v" USING btree ("version_slug");
  CREATE INDEX "_themes_v_version_meta_version_meta_image_idx" ON "_themes_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_themes_v_version_version_updated_at_idx" ON "_themes_v" USING btree ("version_updated_at");
  CREATE INDEX "_themes_v_version_version_created_at_idx" ON "_themes_v" USING btree ("version_created_at");
  CREATE INDEX "_themes_v_created_at_idx" ON "_themes_v" USING btree ("created_at");
  CREATE INDEX "_themes_v_updated_at_idx" ON "_themes_v" USING btree ("updated_at");
  CREATE INDEX "genres_name_idx" ON "genres" USING btree ("name");
  CREATE UNIQUE INDEX "genres_slug_idx" ON "genres" USING btree ("slug");
  CREATE INDEX "genres_updated_at_idx" ON "genres" USING btree ("updated_at");
  CREATE INDEX "genres_created_at_idx" ON "genres" USING btree ("created_at");
  CREATE INDEX "_genres_v_parent_idx" ON "_genres_v" USING btree ("parent_id");
  CREATE INDEX "_genres_v_version_version_name_idx" ON "_genres_v" USING btree ("version_name");
  CREATE INDEX "_genres_v_version_version_slug_idx" ON "_genres_v" USING btree ("version_slug");
  CREATE INDEX "_genres_v_version_version_updated_at_idx" ON "_genres_v" USING btree ("version_updated_at");
  CREATE INDEX "_genres_v_version_version_created_at_idx" ON "_genres_v" USING btree ("version_created_at");
  CREATE INDEX "_genres_v_created_at_idx" ON "_genres_v" USING btree ("created_at");
  CREATE INDEX "_genres_v_updated_at_idx" ON "_genres_v" USING btree ("updated_at");
  CREATE INDEX "people_name_idx" ON "people" USING btree ("name");
  CREATE UNIQUE INDEX "people_slug_idx" ON "people" USING btree ("slug");
  CREATE INDEX "people_meta_meta_image_idx" ON "people" USING btree ("meta_image_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE INDEX "_people_v_parent_idx" ON "_people_v" USING btree ("parent_id");
  CREATE INDEX "_people_v_version_version_name_idx" ON "_people_v" USING btree ("version_name");
  CREATE INDEX "_people_v_version_version_slug_idx" ON "_people_v" USING btree ("version_slug");
  CREATE INDEX "_people_v_version_meta_version_meta_image_idx" ON "_people_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_people_v_version_version_updated_at_idx" ON "_people_v" USING btree ("version_updated_at");
  CREATE INDEX "_people_v_version_version_created_at_idx" ON "_people_v" USING btree ("version_created_at");
  CREATE INDEX "_people_v_created_at_idx" ON "_people_v" USING btree ("created_at");
  CREATE INDEX "_people_v_updated_at_idx" ON "_people_v" USING btree ("updated_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "search_kind_idx" ON "search" USING btree ("kind");
  CREATE INDEX "search_updated_at_idx" ON "search" USING btree ("updated_at");
  CREATE INDEX "search_created_at_idx" ON "search" USING btree ("created_at");
  CREATE INDEX "search_rels_order_idx" ON "search_rels" USING btree ("order");
  CREATE INDEX "search_rels_parent_idx" ON "search_rels" USING btree ("parent_id");
  CREATE INDEX "search_rels_path_idx" ON "search_rels" USING btree ("path");
  CREATE INDEX "search_rels_films_id_idx" ON "search_rels" USING btree ("films_id");
  CREATE INDEX "search_rels_symbols_id_idx" ON "search_rels" USING btree ("symbols_id");
  CREATE INDEX "search_rels_essays_id_idx" ON "search_rels" USING btree ("essays_id");
  CREATE INDEX "search_rels_themes_id_idx" ON "search_rels" USING btree ("themes_id");
  CREATE INDEX "search_rels_people_id_idx" ON "search_rels" USING btree ("people_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_films_id_idx" ON "payload_locked_documents_rels" USING btree ("films_id");
  CREATE INDEX "payload_locked_documents_rels_symbols_id_idx" ON "payload_locked_documents_rels" USING btree ("symbols_id");
  CREATE INDEX "payload_locked_documents_rels_essays_id_idx" ON "payload_locked_documents_rels" USING btree ("essays_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_genres_id_idx" ON "payload_locked_documents_rels" USING btree ("genres_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_search_id_idx" ON "payload_locked_documents_rels" USING btree ("search_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "films_cast" CASCADE;
  DROP TABLE "films" CASCADE;
  DROP TABLE "films_rels" CASCADE;
  DROP TABLE "_films_v_version_cast" CASCADE;
  DROP TABLE "_films_v" CASCADE;
  DROP TABLE "_films_v_rels" CASCADE;
  DROP TABLE "symbols" CASCADE;
  DROP TABLE "symbols_rels" CASCADE;
  DROP TABLE "_symbols_v" CASCADE;
  DROP TABLE "_symbols_v_rels" CASCADE;
  DROP TABLE "essays" CASCADE;
  DROP TABLE "essays_rels" CASCADE;
  DROP TABLE "_essays_v" CASCADE;
  DROP TABLE "_essays_v_rels" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "_themes_v" CASCADE;
  DROP TABLE "genres" CASCADE;
  DROP TABLE "_genres_v" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "_people_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "search" CASCADE;
  DROP TABLE "search_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_films_review";
  DROP TYPE "public"."enum_films_status";
  DROP TYPE "public"."enum__films_v_version_review";
  DROP TYPE "public"."enum__films_v_version_status";
  DROP TYPE "public"."enum_symbols_review";
  DROP TYPE "public"."enum_symbols_status";
  DROP TYPE "public"."enum__symbols_v_version_review";
  DROP TYPE "public"."enum__symbols_v_version_status";
  DROP TYPE "public"."enum_essays_review";
  DROP TYPE "public"."enum_essays_kind";
  DROP TYPE "public"."enum_essays_status";
  DROP TYPE "public"."enum__essays_v_version_review";
  DROP TYPE "public"."enum__essays_v_version_kind";
  DROP TYPE "public"."enum__essays_v_version_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
