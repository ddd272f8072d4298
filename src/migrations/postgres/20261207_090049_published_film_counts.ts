import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { recountSql } from '../../lib/content/publishedFilmCounts'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "themes" ADD COLUMN "published_films" numeric DEFAULT 0;
  ALTER TABLE "_themes_v" ADD COLUMN "version_published_films" numeric DEFAULT 0;
  ALTER TABLE "genres" ADD COLUMN "published_films" numeric DEFAULT 0;
  ALTER TABLE "_genres_v" ADD COLUMN "version_published_films" numeric DEFAULT 0;
  CREATE INDEX "themes_published_films_idx" ON "themes" USING btree ("published_films");
  CREATE INDEX "_themes_v_version_version_published_films_idx" ON "_themes_v" USING btree ("version_published_films");
  CREATE INDEX "genres_published_films_idx" ON "genres" USING btree ("published_films");
  CREATE INDEX "_genres_v_version_version_published_films_idx" ON "_genres_v" USING btree ("version_published_films");`)
  // Added by hand: the backfill, every theme's and genre's count by the statement the film hooks
  // run on the ones a write changes.
  await db.execute(recountSql('themes'))
  await db.execute(recountSql('genres'))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "themes_published_films_idx";
  DROP INDEX "_themes_v_version_version_published_films_idx";
  DROP INDEX "genres_published_films_idx";
  DROP INDEX "_genres_v_version_version_published_films_idx";
  ALTER TABLE "themes" DROP COLUMN "published_films";
  ALTER TABLE "_themes_v" DROP COLUMN "version_published_films";
  ALTER TABLE "genres" DROP COLUMN "published_films";
  ALTER TABLE "_genres_v" DROP COLUMN "version_published_films";`)
}
