import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "films_release_date_idx" ON "films" USING btree ("release_date");
  CREATE INDEX "films_country_idx" ON "films" USING btree ("country");
  CREATE INDEX "films_rating_rating_score_idx" ON "films" USING btree ("rating_score");
  CREATE INDEX "_films_v_version_version_release_date_idx" ON "_films_v" USING btree ("version_release_date");
  CREATE INDEX "_films_v_version_version_country_idx" ON "_films_v" USING btree ("version_country");
  CREATE INDEX "_films_v_version_rating_version_rating_score_idx" ON "_films_v" USING btree ("version_rating_score");
  CREATE INDEX "essays_published_at_idx" ON "essays" USING btree ("published_at");
  CREATE INDEX "_essays_v_version_version_published_at_idx" ON "_essays_v" USING btree ("version_published_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "films_release_date_idx";
  DROP INDEX "films_country_idx";
  DROP INDEX "films_rating_rating_score_idx";
  DROP INDEX "_films_v_version_version_release_date_idx";
  DROP INDEX "_films_v_version_version_country_idx";
  DROP INDEX "_films_v_version_rating_version_rating_score_idx";
  DROP INDEX "essays_published_at_idx";
  DROP INDEX "_essays_v_version_version_published_at_idx";`)
}
