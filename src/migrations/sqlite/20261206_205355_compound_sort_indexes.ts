import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`releaseDate_createdAt_idx\` ON \`films\` (\`release_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_releaseDate_version_createdAt_idx\` ON \`_films_v\` (\`version_release_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedAt_createdAt_idx\` ON \`essays\` (\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedAt_version_createdAt_idx\` ON \`_essays_v\` (\`version_published_at\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`releaseDate_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_releaseDate_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_publishedAt_version_createdAt_idx\`;`)
}
