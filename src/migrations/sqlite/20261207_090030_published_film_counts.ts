import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { recountSql } from '../../lib/content/publishedFilmCounts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`themes\` ADD \`published_films\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`themes_published_films_idx\` ON \`themes\` (\`published_films\`);`)
  await db.run(sql`ALTER TABLE \`_themes_v\` ADD \`version_published_films\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_themes_v_version_version_published_films_idx\` ON \`_themes_v\` (\`version_published_films\`);`)
  await db.run(sql`ALTER TABLE \`genres\` ADD \`published_films\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`genres_published_films_idx\` ON \`genres\` (\`published_films\`);`)
  await db.run(sql`ALTER TABLE \`_genres_v\` ADD \`version_published_films\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`_genres_v_version_version_published_films_idx\` ON \`_genres_v\` (\`version_published_films\`);`)
  // Added by hand: the backfill, every theme's and genre's count by the statement the film hooks
  // run on the ones a write changes.
  await db.run(recountSql('themes'))
  await db.run(recountSql('genres'))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`themes_published_films_idx\`;`)
  await db.run(sql`ALTER TABLE \`themes\` DROP COLUMN \`published_films\`;`)
  await db.run(sql`DROP INDEX \`_themes_v_version_version_published_films_idx\`;`)
  await db.run(sql`ALTER TABLE \`_themes_v\` DROP COLUMN \`version_published_films\`;`)
  await db.run(sql`DROP INDEX \`genres_published_films_idx\`;`)
  await db.run(sql`ALTER TABLE \`genres\` DROP COLUMN \`published_films\`;`)
  await db.run(sql`DROP INDEX \`_genres_v_version_version_published_films_idx\`;`)
  await db.run(sql`ALTER TABLE \`_genres_v\` DROP COLUMN \`version_published_films\`;`)
}
