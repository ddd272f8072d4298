import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { recomputeVisibleSql } from '../../lib/content/visibleColumn'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "symbols" ADD COLUMN "visible" boolean DEFAULT false;
  ALTER TABLE "_symbols_v" ADD COLUMN "version_visible" boolean DEFAULT false;
  ALTER TABLE "essays" ADD COLUMN "visible" boolean DEFAULT false;
  ALTER TABLE "_essays_v" ADD COLUMN "version_visible" boolean DEFAULT false;
  CREATE INDEX "symbols_visible_idx" ON "symbols" USING btree ("visible");
  CREATE INDEX "_symbols_v_version_version_visible_idx" ON "_symbols_v" USING btree ("version_visible");
  CREATE INDEX "visible_kind_idx" ON "essays" USING btree ("visible","kind");
  CREATE INDEX "version_visible_version_kind_idx" ON "_essays_v" USING btree ("version_visible","version_kind");`)
  // Added by hand: the backfill. Every row's column gets the visitor's read rule, by the statement
  // the hooks run for one row (collections/hooks/visible.ts), so both agree.
  await db.execute(recomputeVisibleSql('symbols'))
  await db.execute(recomputeVisibleSql('essays'))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "symbols_visible_idx";
  DROP INDEX "_symbols_v_version_version_visible_idx";
  DROP INDEX "visible_kind_idx";
  DROP INDEX "version_visible_version_kind_idx";
  ALTER TABLE "symbols" DROP COLUMN "visible";
  ALTER TABLE "_symbols_v" DROP COLUMN "version_visible";
  ALTER TABLE "essays" DROP COLUMN "visible";
  ALTER TABLE "_essays_v" DROP COLUMN "version_visible";`)
}
