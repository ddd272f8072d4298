import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "releaseDate_createdAt_idx" ON "films" USING btree ("release_date","created_at");
  CREATE INDEX "version_releaseDate_version_createdAt_idx" ON "_films_v" USING btree ("version_release_date","version_created_at");
  CREATE INDEX "publishedAt_createdAt_idx" ON "essays" USING btree ("published_at","created_at");
  CREATE INDEX "version_publishedAt_version_createdAt_idx" ON "_essays_v" USING btree ("version_published_at","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "releaseDate_createdAt_idx";
  DROP INDEX "version_releaseDate_version_createdAt_idx";
  DROP INDEX "publishedAt_createdAt_idx";
  DROP INDEX "version_publishedAt_version_createdAt_idx";`)
}
