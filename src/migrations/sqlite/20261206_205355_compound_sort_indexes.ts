import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`releaseDate_createdAt_idx\` ON \`films\` (\`release_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_releaseDate_version_createdAt_idx\` ON \`_films_v\` (\`version_release_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedAt_createdAt_idx\` ON \`essays\` (\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedAt_version_createdAt_idx\` ON \`_essays_v\` (\`version_published_at\`,\`version_created_at\`);`)
  // Statistics for the new indexes now, rather than on the next start; on a new database this also
  // creates sqlite_stat1, which the adapter then keeps up to date (src/database/sqliteStatistics.ts).
  await db.run(sql`ANALYZE`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`releaseDate_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_releaseDate_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_publishedAt_version_createdAt_idx\`;`)
}
