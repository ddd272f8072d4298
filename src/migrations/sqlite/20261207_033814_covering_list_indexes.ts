import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`motif_name__status_film_idx\` ON \`symbols\` (\`motif\`,\`name\`,\`_status\`,\`film_id\`);`)
  await db.run(sql`CREATE INDEX \`version_motif_version_name_version__status_version_film_idx\` ON \`_symbols_v\` (\`version_motif\`,\`version_name\`,\`version__status\`,\`version_film_id\`);`)
  await db.run(sql`CREATE INDEX \`_status_kind_publishedAt_title_idx\` ON \`essays\` (\`_status\`,\`kind\`,\`published_at\`,\`title\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_kind_version_publishedAt_version_idx\` ON \`_essays_v\` (\`version__status\`,\`version_kind\`,\`version_published_at\`,\`version_title\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`motif_name__status_film_idx\`;`)
  await db.run(sql`DROP INDEX \`version_motif_version_name_version__status_version_film_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_kind_publishedAt_title_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_kind_version_publishedAt_version_idx\`;`)
}
