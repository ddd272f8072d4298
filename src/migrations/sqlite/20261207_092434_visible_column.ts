import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { recomputeVisibleSql } from '../../lib/content/visibleColumn'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`symbols\` ADD \`visible\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`symbols_visible_idx\` ON \`symbols\` (\`visible\`);`)
  await db.run(sql`ALTER TABLE \`_symbols_v\` ADD \`version_visible\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_symbols_v_version_version_visible_idx\` ON \`_symbols_v\` (\`version_visible\`);`)
  await db.run(sql`ALTER TABLE \`essays\` ADD \`visible\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`visible_kind_idx\` ON \`essays\` (\`visible\`,\`kind\`);`)
  await db.run(sql`ALTER TABLE \`_essays_v\` ADD \`version_visible\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`version_visible_version_kind_idx\` ON \`_essays_v\` (\`version_visible\`,\`version_kind\`);`)
  // Added by hand: the backfill. Every row's column gets the visitor's read rule, by the statement
  // the hooks run for one row (collections/hooks/visible.ts), so both agree.
  await db.run(recomputeVisibleSql('symbols'))
  await db.run(recomputeVisibleSql('essays'))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`symbols_visible_idx\`;`)
  await db.run(sql`ALTER TABLE \`symbols\` DROP COLUMN \`visible\`;`)
  await db.run(sql`DROP INDEX \`_symbols_v_version_version_visible_idx\`;`)
  await db.run(sql`ALTER TABLE \`_symbols_v\` DROP COLUMN \`version_visible\`;`)
  await db.run(sql`DROP INDEX \`visible_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`essays\` DROP COLUMN \`visible\`;`)
  await db.run(sql`DROP INDEX \`version_visible_version_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`_essays_v\` DROP COLUMN \`version_visible\`;`)
}
