import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`films_cast\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` integer,
  	\`character\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`films_cast_order_idx\` ON \`films_cast\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`films_cast_parent_id_idx\` ON \`films_cast\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`films_cast_person_idx\` ON \`films_cast\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`films\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`review\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`logline\` text,
  	\`original_title\` text,
  	\`original_language\` text,
  	\`tagline\` text,
  	\`release_date\` text,
  	\`country\` text,
  	\`runtime_minutes\` numeric,
  	\`rating_score\` numeric,
  	\`rating_votes\` numeric,
  	\`box_office_amount\` numeric,
  	\`box_office_currency\` text,
  	\`poster_id\` integer,
  	\`featured\` integer DEFAULT false,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`films_title_idx\` ON \`films\` (\`title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`films_slug_idx\` ON \`films\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`films_review_idx\` ON \`films\` (\`review\`);`)
  await db.run(sql`CREATE INDEX \`films_author_idx\` ON \`films\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`films_poster_idx\` ON \`films\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`films_featured_idx\` ON \`films\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`films_meta_meta_image_idx\` ON \`films\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`films_updated_at_idx\` ON \`films\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`films_created_at_idx\` ON \`films\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`films__status_idx\` ON \`films\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`films_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	\`genres_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`genres_id\`) REFERENCES \`genres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`films_rels_order_idx\` ON \`films_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`films_rels_parent_idx\` ON \`films_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`films_rels_path_idx\` ON \`films_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`films_rels_people_id_idx\` ON \`films_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`films_rels_genres_id_idx\` ON \`films_rels\` (\`genres_id\`);`)
  await db.run(sql`CREATE INDEX \`films_rels_themes_id_idx\` ON \`films_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_films_v_version_cast\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`person_id\` integer,
  	\`character\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_films_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_films_v_version_cast_order_idx\` ON \`_films_v_version_cast\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_cast_parent_id_idx\` ON \`_films_v_version_cast\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_cast_person_idx\` ON \`_films_v_version_cast\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`_films_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_review\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_logline\` text,
  	\`version_original_title\` text,
  	\`version_original_language\` text,
  	\`version_tagline\` text,
  	\`version_release_date\` text,
  	\`version_country\` text,
  	\`version_runtime_minutes\` numeric,
  	\`version_rating_score\` numeric,
  	\`version_rating_votes\` numeric,
  	\`version_box_office_amount\` numeric,
  	\`version_box_office_currency\` text,
  	\`version_poster_id\` integer,
  	\`version_featured\` integer DEFAULT false,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_films_v_parent_idx\` ON \`_films_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_title_idx\` ON \`_films_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_slug_idx\` ON \`_films_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_review_idx\` ON \`_films_v\` (\`version_review\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_author_idx\` ON \`_films_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_poster_idx\` ON \`_films_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_featured_idx\` ON \`_films_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_meta_version_meta_image_idx\` ON \`_films_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_updated_at_idx\` ON \`_films_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_created_at_idx\` ON \`_films_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version__status_idx\` ON \`_films_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_created_at_idx\` ON \`_films_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_updated_at_idx\` ON \`_films_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_latest_idx\` ON \`_films_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_autosave_idx\` ON \`_films_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_films_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	\`genres_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_films_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`genres_id\`) REFERENCES \`genres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_films_v_rels_order_idx\` ON \`_films_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_rels_parent_idx\` ON \`_films_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_rels_path_idx\` ON \`_films_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_rels_people_id_idx\` ON \`_films_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_rels_genres_id_idx\` ON \`_films_v_rels\` (\`genres_id\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_rels_themes_id_idx\` ON \`_films_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`symbols\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`review\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`film_id\` integer,
  	\`meaning\` text,
  	\`context\` text,
  	\`image_id\` integer,
  	\`order\` numeric DEFAULT 0,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`film_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`symbols_slug_idx\` ON \`symbols\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`symbols_review_idx\` ON \`symbols\` (\`review\`);`)
  await db.run(sql`CREATE INDEX \`symbols_author_idx\` ON \`symbols\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`symbols_film_idx\` ON \`symbols\` (\`film_id\`);`)
  await db.run(sql`CREATE INDEX \`symbols_image_idx\` ON \`symbols\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`symbols_meta_meta_image_idx\` ON \`symbols\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`symbols_updated_at_idx\` ON \`symbols\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`symbols_created_at_idx\` ON \`symbols\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`symbols__status_idx\` ON \`symbols\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`film_slug_idx\` ON \`symbols\` (\`film_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`symbols_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`symbols\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`symbols_rels_order_idx\` ON \`symbols_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`symbols_rels_parent_idx\` ON \`symbols_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`symbols_rels_path_idx\` ON \`symbols_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`symbols_rels_themes_id_idx\` ON \`symbols_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_symbols_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_review\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_film_id\` integer,
  	\`version_meaning\` text,
  	\`version_context\` text,
  	\`version_image_id\` integer,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`symbols\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_film_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_symbols_v_parent_idx\` ON \`_symbols_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version_slug_idx\` ON \`_symbols_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version_review_idx\` ON \`_symbols_v\` (\`version_review\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version_author_idx\` ON \`_symbols_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version_film_idx\` ON \`_symbols_v\` (\`version_film_id\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version_image_idx\` ON \`_symbols_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_meta_version_meta_image_idx\` ON \`_symbols_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version_updated_at_idx\` ON \`_symbols_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version_created_at_idx\` ON \`_symbols_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version__status_idx\` ON \`_symbols_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_created_at_idx\` ON \`_symbols_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_updated_at_idx\` ON \`_symbols_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_latest_idx\` ON \`_symbols_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_autosave_idx\` ON \`_symbols_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version_film_version_slug_idx\` ON \`_symbols_v\` (\`version_film_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE TABLE \`_symbols_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_symbols_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_symbols_v_rels_order_idx\` ON \`_symbols_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_rels_parent_idx\` ON \`_symbols_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_rels_path_idx\` ON \`_symbols_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_symbols_v_rels_themes_id_idx\` ON \`_symbols_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`essays\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`review\` text DEFAULT 'draft',
  	\`author_id\` integer,
  	\`kind\` text DEFAULT 'analysis',
  	\`body\` text,
  	\`published_at\` text,
  	\`order\` numeric DEFAULT 0,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`essays_slug_idx\` ON \`essays\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`essays_review_idx\` ON \`essays\` (\`review\`);`)
  await db.run(sql`CREATE INDEX \`essays_author_idx\` ON \`essays\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`essays_meta_meta_image_idx\` ON \`essays\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`essays_updated_at_idx\` ON \`essays\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`essays_created_at_idx\` ON \`essays\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`essays__status_idx\` ON \`essays\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`essays_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`films_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`essays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`films_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`essays_rels_order_idx\` ON \`essays_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`essays_rels_parent_idx\` ON \`essays_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`essays_rels_path_idx\` ON \`essays_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`essays_rels_films_id_idx\` ON \`essays_rels\` (\`films_id\`);`)
  await db.run(sql`CREATE INDEX \`essays_rels_themes_id_idx\` ON \`essays_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_essays_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_review\` text DEFAULT 'draft',
  	\`version_author_id\` integer,
  	\`version_kind\` text DEFAULT 'analysis',
  	\`version_body\` text,
  	\`version_published_at\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`essays\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_essays_v_parent_idx\` ON \`_essays_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_version_version_slug_idx\` ON \`_essays_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_version_version_review_idx\` ON \`_essays_v\` (\`version_review\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_version_version_author_idx\` ON \`_essays_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_version_meta_version_meta_image_idx\` ON \`_essays_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_version_version_updated_at_idx\` ON \`_essays_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_version_version_created_at_idx\` ON \`_essays_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_version_version__status_idx\` ON \`_essays_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_created_at_idx\` ON \`_essays_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_updated_at_idx\` ON \`_essays_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_latest_idx\` ON \`_essays_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_autosave_idx\` ON \`_essays_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_essays_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`films_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_essays_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`films_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_essays_v_rels_order_idx\` ON \`_essays_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_rels_parent_idx\` ON \`_essays_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_rels_path_idx\` ON \`_essays_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_rels_films_id_idx\` ON \`_essays_v_rels\` (\`films_id\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_rels_themes_id_idx\` ON \`_essays_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`description\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`themes_name_idx\` ON \`themes\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_meta_meta_image_idx\` ON \`themes\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_themes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text NOT NULL,
  	\`version_description\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_themes_v_parent_idx\` ON \`_themes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_name_idx\` ON \`_themes_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_slug_idx\` ON \`_themes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_meta_version_meta_image_idx\` ON \`_themes_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_updated_at_idx\` ON \`_themes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_created_at_idx\` ON \`_themes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_created_at_idx\` ON \`_themes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themes_v_updated_at_idx\` ON \`_themes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`genres\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`genres_name_idx\` ON \`genres\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`genres_slug_idx\` ON \`genres\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`genres_updated_at_idx\` ON \`genres\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`genres_created_at_idx\` ON \`genres\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_genres_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`genres\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_genres_v_parent_idx\` ON \`_genres_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_genres_v_version_version_name_idx\` ON \`_genres_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_genres_v_version_version_slug_idx\` ON \`_genres_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_genres_v_version_version_updated_at_idx\` ON \`_genres_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_genres_v_version_version_created_at_idx\` ON \`_genres_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_genres_v_created_at_idx\` ON \`_genres_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_genres_v_updated_at_idx\` ON \`_genres_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`original_name\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`people_name_idx\` ON \`people\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_slug_idx\` ON \`people\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`people_meta_meta_image_idx\` ON \`people\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_people_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text NOT NULL,
  	\`version_original_name\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_parent_idx\` ON \`_people_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_name_idx\` ON \`_people_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_slug_idx\` ON \`_people_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_meta_version_meta_image_idx\` ON \`_people_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_updated_at_idx\` ON \`_people_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_created_at_idx\` ON \`_people_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_created_at_idx\` ON \`_people_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_updated_at_idx\` ON \`_people_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'writer' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`search\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`priority\` numeric,
  	\`kind\` text,
  	\`url\` text,
  	\`text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_kind_idx\` ON \`search\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`search_updated_at_idx\` ON \`search\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_created_at_idx\` ON \`search\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`films_id\` integer,
  	\`symbols_id\` integer,
  	\`essays_id\` integer,
  	\`themes_id\` integer,
  	\`people_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`films_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`symbols_id\`) REFERENCES \`symbols\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`essays_id\`) REFERENCES \`essays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_rels_order_idx\` ON \`search_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_parent_idx\` ON \`search_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_path_idx\` ON \`search_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_films_id_idx\` ON \`search_rels\` (\`films_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_symbols_id_idx\` ON \`search_rels\` (\`symbols_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_essays_id_idx\` ON \`search_rels\` (\`essays_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_themes_id_idx\` ON \`search_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_people_id_idx\` ON \`search_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`films_id\` integer,
  	\`symbols_id\` integer,
  	\`essays_id\` integer,
  	\`themes_id\` integer,
  	\`genres_id\` integer,
  	\`people_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`films_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`symbols_id\`) REFERENCES \`symbols\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`essays_id\`) REFERENCES \`essays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`genres_id\`) REFERENCES \`genres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_films_id_idx\` ON \`payload_locked_documents_rels\` (\`films_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_symbols_id_idx\` ON \`payload_locked_documents_rels\` (\`symbols_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_essays_id_idx\` ON \`payload_locked_documents_rels\` (\`essays_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_genres_id_idx\` ON \`payload_locked_documents_rels\` (\`genres_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`films_cast\`;`)
  await db.run(sql`DROP TABLE \`films\`;`)
  await db.run(sql`DROP TABLE \`films_rels\`;`)
  await db.run(sql`DROP TABLE \`_films_v_version_cast\`;`)
  await db.run(sql`DROP TABLE \`_films_v\`;`)
  await db.run(sql`DROP TABLE \`_films_v_rels\`;`)
  await db.run(sql`DROP TABLE \`symbols\`;`)
  await db.run(sql`DROP TABLE \`symbols_rels\`;`)
  await db.run(sql`DROP TABLE \`_symbols_v\`;`)
  await db.run(sql`DROP TABLE \`_symbols_v_rels\`;`)
  await db.run(sql`DROP TABLE \`essays\`;`)
  await db.run(sql`DROP TABLE \`essays_rels\`;`)
  await db.run(sql`DROP TABLE \`_essays_v\`;`)
  await db.run(sql`DROP TABLE \`_essays_v_rels\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`_themes_v\`;`)
  await db.run(sql`DROP TABLE \`genres\`;`)
  await db.run(sql`DROP TABLE \`_genres_v\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`_people_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`search\`;`)
  await db.run(sql`DROP TABLE \`search_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
