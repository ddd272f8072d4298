import type { Film, Media, Symbol } from '@/payload-types'

import { payloadClient } from '../payload'
import { collectionTag } from '../tags'
import { populated, type FilmRef } from './shapes'
import { asViewer } from './viewer'

/** About a screenful of symbols per page of the atlas; a motif is never split across two pages. */
export const ATLAS_PAGE_SIZE = 40
/** A motif shared by more films than this shows its first ones, with the count of all. */
const MOTIF_MAX = 100

export type AtlasSymbol = Pick<Symbol, 'id' | 'name' | 'slug'> & { film: FilmRef; image: Media | null }
export type AtlasMotif = { motif: string; symbols: AtlasSymbol[]; films: number }
export type AtlasPage = { motifs: AtlasMotif[]; page: number; totalPages: number; totalSymbols: number }

const SELECT = { name: true, slug: true, motif: true, film: true, image: true } as const
// The motif is kept in slug form and never empty (collections/Symbols.ts); the name orders a motif's
// symbols and the id makes the order total, so pages never overlap.
const SORT = ['motif', 'name', 'id']

type Row = Pick<Symbol, 'id' | 'name' | 'slug' | 'motif' | 'film' | 'image'>

const motifOf = (row: Row): string => row.motif || row.slug

/**
 * One page of the symbol atlas: every published symbol, in motif order, with the symbols that share
 * a motif gathered under it. A page is a fixed run of symbols, so its cost stays the same however
 * many films there are; a motif belongs to the page where it starts, which reads on to its end.
 */
export function getAtlasPage(page: number): Promise<AtlasPage> {
  return asViewer(
    ['symbols:atlas', String(page)],
    [collectionTag('symbols'), collectionTag('films'), collectionTag('media')],
    async (access) => {
      const payload = await payloadClient()
      const query = { collection: 'symbols', ...access, sort: SORT, depth: 1, select: SELECT } as const
      const populate = { films: { title: true, slug: true } } as const
      const run = await payload.find({ ...query, populate, limit: ATLAS_PAGE_SIZE, page })
      const rows: Row[] = run.docs
      if (rows.length === 0) return { motifs: [], page, totalPages: run.totalPages, totalSymbols: run.totalDocs }

      // The symbol before this page (page k of one is the k-th symbol): a motif it shares was shown there.
      const before =
        page > 1
          ? (await payload.find({ ...query, depth: 0, limit: 1, page: (page - 1) * ATLAS_PAGE_SIZE })).docs[0]
          : undefined
      const carriedOver = before ? motifOf(before) : undefined
      const last = motifOf(rows.at(-1)!)
      const rest =
        run.hasNextPage && last !== carriedOver
          ? await payload.find({
              ...query,
              populate,
              where: { motif: { equals: last } },
              limit: MOTIF_MAX,
            })
          : null

      const byMotif = new Map<string, Row[]>()
      for (const row of rows) {
        const motif = motifOf(row)
        if (motif === carriedOver) continue
        byMotif.set(motif, [...(byMotif.get(motif) ?? []), row])
      }
      if (rest?.docs.length) byMotif.set(last, rest.docs)
      const motifs = [...byMotif].map(([motif, members]) => {
        const symbols = members.flatMap(toAtlasSymbol)
        return { motif, symbols, films: new Set(symbols.map((s) => s.film.id)).size }
      })
      return {
        motifs: motifs.filter((m) => m.symbols.length > 0),
        page,
        totalPages: run.totalPages,
        totalSymbols: run.totalDocs,
      }
    },
  )
}

/** A symbol whose film the visitor cannot read arrives with a bare id: it is left out. */
function toAtlasSymbol(row: Row): AtlasSymbol[] {
  const film = populated<Film>(row.film)
  if (!film) return []
  return [
    {
      id: row.id,
      name: row.name,
      slug: row.slug,
      film: { id: film.id, title: film.title, slug: film.slug },
      image: populated<Media>(row.image),
    },
  ]
}
