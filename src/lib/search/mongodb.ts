import type { Payload, PayloadRequest } from 'payload'

import type { IndexEntry, SearchEngine } from './engine'
import { CANDIDATES, TEXT_TIER } from './tiers'
import { indexText, type ParsedQuery } from './text'

// MongoDB: a `search_fts` collection of folded words per `search` row under a text index (English
// stemming, the title weighted ten times the text), kept by the `search` collection's hooks in
// the request's session. MongoDB's $text matches any of the words and has no prefix or phrase
// ranking of its own, so the best CANDIDATES by its score are put in the same tiers as the SQL
// engines here; the last word matches as a whole (stemmed) word, not as a prefix.

type Entry = { _id: string; title: string; body: string }

// The parts of the MongoDB driver this uses (it comes with the adapter, not as a dependency here).
type ClientSession = object
type Options = { session?: ClientSession }
type Cursor = {
  sort(order: object): Cursor
  limit(n: number): Cursor
  toArray(): Promise<Entry[]>
}
type Collection = {
  createIndex(keys: object, options: object): Promise<unknown>
  estimatedDocumentCount(): Promise<number>
  countDocuments(filter: object, options?: { limit?: number }): Promise<number>
  insertMany(docs: Entry[]): Promise<unknown>
  updateOne(filter: object, update: object, options: Options & { upsert: boolean }): Promise<unknown>
  deleteOne(filter: object, options: Options): Promise<unknown>
  find(filter: object, options: { projection: object }): Cursor
}
type MongoAdapter = {
  connection: { db: { collection(name: string): Collection } }
  sessions?: Record<string, ClientSession | undefined>
}

const TITLE_WEIGHT = 10

const adapterOf = (payload: Payload) => payload.db as unknown as MongoAdapter
const entries = (payload: Payload) => adapterOf(payload).connection.db.collection('search_fts')

async function sessionOf(req: PayloadRequest): Promise<ClientSession | undefined> {
  const id = req.transactionID ? await req.transactionID : undefined
  return id === undefined ? undefined : adapterOf(req.payload).sessions?.[String(id)]
}

const document = ({ id, title, text }: IndexEntry): Entry => ({
  _id: String(id),
  title: indexText(title),
  body: indexText(text),
})

/** 0: the title is the query, 1: the phrase in the title, 2: every word in it, 3: the phrase in the text, 4: the rest. */
function tierOf(entry: Entry, { terms, prefixLast }: ParsedQuery): number {
  if (entry.title === terms.join(' ')) return 0
  const phrase = new RegExp(`(^| )${terms.join(' ')}${prefixLast ? '' : '( |$)'}`)
  const every = (text: string) => terms.every((t) => new RegExp(`(^| )${t}`).test(text))
  if (phrase.test(entry.title)) return 1
  if (every(entry.title)) return 2
  return phrase.test(entry.body) ? 3 : 4
}

export const mongoSearch: SearchEngine = {
  async ensure(payload) {
    const collection = entries(payload)
    await collection.createIndex(
      { title: 'text', body: 'text' },
      { name: 'search_fts_text', weights: { title: TITLE_WEIGHT, body: 1 }, default_language: 'english' },
    )
    if ((await collection.estimatedDocumentCount()) > 0) return
    const rows = await payload.find({ collection: 'search', pagination: false, depth: 0 })
    if (rows.docs.length)
      await collection.insertMany(
        rows.docs.map((d) => document({ id: d.id, title: d.title ?? '', text: d.text ?? '' })),
      )
  },

  async write(req, entry) {
    const { _id, ...fields } = document(entry)
    await entries(req.payload).updateOne({ _id }, { $set: fields }, { upsert: true, session: await sessionOf(req) })
  },

  async remove(req, id) {
    await entries(req.payload).deleteOne({ _id: String(id) }, { session: await sessionOf(req) })
  },

  async search(payload, query, { limit, offset }) {
    const filter = { $text: { $search: query.terms.join(' ') } }
    const collection = entries(payload)
    const found = await collection
      .find(filter, { projection: { score: { $meta: 'textScore' }, title: 1, body: 1 } })
      .sort({ score: { $meta: 'textScore' } })
      .limit(CANDIDATES)
      .toArray()
    const ranked = found
      .map((entry, order) => ({ entry, order, tier: tierOf(entry, query) }))
      .sort(
        (a, b) =>
          a.tier - b.tier ||
          (a.tier < TEXT_TIER ? a.entry.title.length - b.entry.title.length : 0) ||
          a.order - b.order,
      )
    return {
      ids: ranked.slice(offset, offset + limit).map(({ entry }) => entry._id),
      total: await collection.countDocuments(filter, { limit: CANDIDATES + 1 }),
    }
  },
}
