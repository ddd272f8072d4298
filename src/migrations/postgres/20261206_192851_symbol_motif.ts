import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "symbols" ADD COLUMN "motif" varchar;
  ALTER TABLE "_symbols_v" ADD COLUMN "version_motif" varchar;
  CREATE INDEX "symbols_motif_idx" ON "symbols" USING btree ("motif");
  CREATE INDEX "_symbols_v_version_version_motif_idx" ON "_symbols_v" USING btree ("version_motif");`)
  // A symbol no editor has placed stands for its own slug (collections/Symbols.ts), existing ones too.
  await db.execute(sql`
  UPDATE "symbols" SET "motif" = "slug" WHERE "motif" IS NULL;
  UPDATE "_symbols_v" SET "version_motif" = "version_slug" WHERE "version_motif" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "symbols_motif_idx";
  DROP INDEX "_symbols_v_version_version_motif_idx";
  ALTER TABLE "symbols" DROP COLUMN "motif";
  ALTER TABLE "_symbols_v" DROP COLUMN "version_motif";`)
}
