import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "film__status_idx" ON "symbols" USING btree ("film_id","_status");
  CREATE INDEX "version_film_version__status_idx" ON "_symbols_v" USING btree ("version_film_id","version__status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "film__status_idx";
  DROP INDEX "version_film_version__status_idx";`)
}
