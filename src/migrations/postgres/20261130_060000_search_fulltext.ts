import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// The full-text index of the search plugin's rows (src/lib/search/postgres.ts): one tsvector per
// `search` row, the title weighted A and the text B, under a GIN index, and the folded title
// (a result whose title is exactly the query comes first). It is built from the
// folded words of src/lib/search/text.ts (accents folded there, so `unaccent` is not needed),
// which SQL cannot compute, so the `search` collection's hooks write it in the same transaction;
// the foreign key removes an entry with its row whatever deletes it. The site fills it on start
// when it is empty while rows exist.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS search_fts (
    id integer PRIMARY KEY REFERENCES search (id) ON DELETE CASCADE,
    title text NOT NULL,
    document tsvector NOT NULL
  )`)
  await db.execute(sql`CREATE INDEX IF NOT EXISTS search_fts_document_idx ON search_fts USING gin (document)`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS search_fts`)
}
