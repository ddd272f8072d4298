import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "motif_name__status_film_idx" ON "symbols" USING btree ("motif","name","_status","film_id");
  CREATE INDEX "version_motif_version_name_version__status_version_film_idx" ON "_symbols_v" USING btree ("version_motif","version_name","version__status","version_film_id");
  CREATE INDEX "_status_kind_publishedAt_title_idx" ON "essays" USING btree ("_status","kind","published_at","title");
  CREATE INDEX "version__status_version_kind_version_publishedAt_version_idx" ON "_essays_v" USING btree ("version__status","version_kind","version_published_at","version_title");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "motif_name__status_film_idx";
  DROP INDEX "version_motif_version_name_version__status_version_film_idx";
  DROP INDEX "_status_kind_publishedAt_title_idx";
  DROP INDEX "version__status_version_kind_version_publishedAt_version_idx";`)
}
