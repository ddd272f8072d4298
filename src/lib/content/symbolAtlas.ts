import type { Payload } from 'payload'

import type { Film, Media, Symbol } from '@/payload-types'

import { payloadClient } from '../payload'
import { collectionTag } from '../tags'
import { inIdOrder } from './inIdOrder'
import { populated, type FilmRef } from './shapes'
import { isSqlAdapter } from './sqlRows'
import { atlasRows, motifRows } from './symbolAtlasRows'
import { asViewer, type AsViewer } from './viewer'

/** About a screenful of symbols per page of the atlas; a motif is never split across two pages. */
export const ATLAS_PAGE_SIZE = 40
/** A motif shared by more films than this shows its first ones, with the count of all. */
const MOTIF_MAX = 100

export type AtlasSymbol = Pick<Symbol, 'id' | 'name' | 'slug'> & { film: FilmRef; image: Media | null }
export type AtlasMotif = { motif: string; symbols: AtlasSymbol[]; films: number }
export type AtlasPage = { motifs: AtlasMotif[]; page: number; totalPages: number; totalSymbols: number }

const SELECT = { name: true, slug: true, motif: true, film: true, image: true } as const
const POPULATE = { films: { title: true, slug: true } } as const
// The motif is kept in slug form and never empty (collections/Symbols.ts); the name orders a motif's
// symbols and the id makes the order total, so pages never overlap.
const SORT = ['motif', 'name', 'id']

type Row = Pick<Symbol, 'id' | 'name' | 'slug' | 'motif' | 'film' | 'image'>

const motifOf = (row: Row): string => row.motif || row.slug

/** A page's symbols, the motif carried over from the page before, the rest of its last motif. */
type PageRead = { rows: Row[]; carriedOver: string | undefined; rest: Row[] | null; total: number }

const query = (access: AsViewer) =>
  ({ collection: 'symbols', ...access, sort: SORT, depth: 1, select: SELECT, populate: POPULATE }) as const

/** The Local API's page (MongoDB, and a previewer who reads drafts). */
async function localPage(payload: Payload, access: AsViewer, page: number): Promise<PageRead> {
  const run = await payload.find({ ...query(access), limit: ATLAS_PAGE_SIZE, page })
  // The symbol before this page (page k of one is the k-th symbol): a motif it shares was shown there.
  const before =
    page > 1
      ? (await payload.find({ ...query(access), depth: 0, limit: 1, page: (page - 1) * ATLAS_PAGE_SIZE })).docs[0]
      : undefined
  const carriedOver = before ? motifOf(before) : undefined
  const last = run.docs.at(-1)
  const rest =
    last && run.hasNextPage && motifOf(last) !== carriedOver
      ? (await payload.find({ ...query(access), where: { motif: { equals: motifOf(last) } }, limit: MOTIF_MAX })).docs
      : null
  return { rows: run.docs, carriedOver, rest, total: run.totalDocs }
}

/** On the SQL adapters, for a visitor: which symbols in SQL (./symbolAtlasRows.ts), then they are read by id. */
async function sqlPage(payload: Payload, access: AsViewer, page: number): Promise<PageRead> {
  const offset = (page - 1) * ATLAS_PAGE_SIZE
  const { rows: refs, before, total } = await atlasRows(payload, { limit: ATLAS_PAGE_SIZE, offset })
  const last = refs.at(-1)?.motif
  const restIds =
    last !== undefined && offset + refs.length < total && last !== before
      ? await motifRows(payload, last, MOTIF_MAX)
      : null
  const ids = [...refs.map((r) => r.id), ...(restIds ?? [])]
  const { docs } = ids.length
    ? await payload.find({ ...query(access), where: { id: { in: ids } }, pagination: false })
    : { docs: [] }
  const read = (list: Symbol['id'][]) => inIdOrder(list, docs)
  return { rows: read(refs.map((r) => r.id)), carriedOver: before, rest: restIds && read(restIds), total }
}

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
      const read = isSqlAdapter(payload) && !access.user ? sqlPage : localPage
      const { rows, carriedOver, rest, total } = await read(payload, access, page)
      const totalPages = Math.ceil(total / ATLAS_PAGE_SIZE)
      if (rows.length === 0) return { motifs: [], page, totalPages, totalSymbols: total }

      const last = motifOf(rows.at(-1)!)
      const byMotif = new Map<string, Row[]>()
      for (const row of rows) {
        const motif = motifOf(row)
        if (motif === carriedOver) continue
        byMotif.set(motif, [...(byMotif.get(motif) ?? []), row])
      }
      if (rest?.length) byMotif.set(last, rest)
      const motifs = [...byMotif].map(([motif, members]) => {
        const symbols = members.flatMap(toAtlasSymbol)
        return { motif, symbols, films: new Set(symbols.map((s) => s.film.id)).size }
      })
      return { motifs: motifs.filter((m) => m.symbols.length > 0), page, totalPages, totalSymbols: total }
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
