import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`films_release_date_idx\` ON \`films\` (\`release_date\`);`)
  await db.run(sql`CREATE INDEX \`films_country_idx\` ON \`films\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`films_rating_rating_score_idx\` ON \`films\` (\`rating_score\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_release_date_idx\` ON \`_films_v\` (\`version_release_date\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_version_country_idx\` ON \`_films_v\` (\`version_country\`);`)
  await db.run(sql`CREATE INDEX \`_films_v_version_rating_version_rating_score_idx\` ON \`_films_v\` (\`version_rating_score\`);`)
  await db.run(sql`CREATE INDEX \`essays_published_at_idx\` ON \`essays\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`_essays_v_version_version_published_at_idx\` ON \`_essays_v\` (\`version_published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`films_release_date_idx\`;`)
  await db.run(sql`DROP INDEX \`films_country_idx\`;`)
  await db.run(sql`DROP INDEX \`films_rating_rating_score_idx\`;`)
  await db.run(sql`DROP INDEX \`_films_v_version_version_release_date_idx\`;`)
  await db.run(sql`DROP INDEX \`_films_v_version_version_country_idx\`;`)
  await db.run(sql`DROP INDEX \`_films_v_version_rating_version_rating_score_idx\`;`)
  await db.run(sql`DROP INDEX \`essays_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_essays_v_version_version_published_at_idx\`;`)
}
