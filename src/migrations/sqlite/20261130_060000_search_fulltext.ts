import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// The full-text index of the search plugin's rows (src/lib/search/sqlite.ts): an FTS5 table whose
// rowid is the `search` row's id. It holds the folded words of src/lib/search/text.ts, which SQL
// cannot compute, so the `search` collection's hooks write it in the same transaction (not
// triggers), and the site fills it on start when it is empty while rows exist.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS search_fts`)
}
