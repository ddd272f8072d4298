import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`film__status_idx\` ON \`symbols\` (\`film_id\`,\`_status\`);`)
  await db.run(sql`CREATE INDEX \`version_film_version__status_idx\` ON \`_symbols_v\` (\`version_film_id\`,\`version__status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`film__status_idx\`;`)
  await db.run(sql`DROP INDEX \`version_film_version__status_idx\`;`)
}
