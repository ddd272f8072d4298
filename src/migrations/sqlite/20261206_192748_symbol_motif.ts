import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`symbols\` ADD \`motif\` text;`)
  await db.run(sql`CREATE INDEX \`symbols_motif_idx\` ON \`symbols\` (\`motif\`);`)
  await db.run(sql`ALTER TABLE \`_symbols_v\` ADD \`version_motif\` text;`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version_motif_idx\` ON \`_symbols_v\` (\`version_motif\`);`)
  // A symbol no editor has placed stands for its own slug (collections/Symbols.ts), existing ones too.
  await db.run(sql`UPDATE \`symbols\` SET \`motif\` = \`slug\` WHERE \`motif\` IS NULL;`)
  await db.run(sql`UPDATE \`_symbols_v\` SET \`version_motif\` = \`version_slug\` WHERE \`version_motif\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`symbols_motif_idx\`;`)
  await db.run(sql`ALTER TABLE \`symbols\` DROP COLUMN \`motif\`;`)
  await db.run(sql`DROP INDEX \`_symbols_v_version_version_motif_idx\`;`)
  await db.run(sql`ALTER TABLE \`_symbols_v\` DROP COLUMN \`version_motif\`;`)
}
