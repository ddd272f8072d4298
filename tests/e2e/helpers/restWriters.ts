// REST writers for the concurrent-writers test: each writer owns the documents it creates, so the
// order of the writes to any one document is known, and after the run the database can be checked
// against every write the server acknowledged.

import { Agent, fetch } from 'undici'

import { editorState, textNode } from '../../helpers/lexicalNodes'

export type Collection = 'films' | 'essays' | 'symbols' | 'themes'
type Op = 'create' | 'update' | 'publish' | 'unpublish' | 'delete'

export type Attempt = {
  writer: number
  op: Op
  collection: Collection
  id?: number | string
  status: number
  retryAfter: string | null
  body: string
}

/** What the last acknowledged writes say a document holds. */
type Expected = {
  collection: Collection
  id: number | string
  /** The value of the collection's tracked field in the newest version. */
  value: string
  /** The newest version's status (editorial collections only). */
  status?: 'draft' | 'published'
  /** The tracked value of the published document, while the newest publish was not followed by an unpublish. */
  published?: string
  deleted: boolean
  /** The writer's base film, which its symbols and essays point to: never deleted. */
  base?: boolean
}

/** Every document a writer creates has a slug starting with this; the importers' never do. */
const WRITER_SLUG = 'cw-'

const TRACKED: Record<Collection, string> = {
  films: 'logline',
  essays: 'title',
  symbols: 'name',
  themes: 'description',
}
const EDITORIAL = new Set<Collection>(['films', 'essays', 'symbols'])

const paragraph = (text: string) => editorState(textNode(text))

export type Api = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; retryAfter: string | null; json: Record<string, any>; text: string }>

/**
 * A connection per request. A writer waits seconds for the write lock between requests; on a reused
 * keep-alive connection the server may close it just as the next write goes out, and the write
 * fails with `read ECONNRESET` before the server read it. That is the transport, not the server
 * refusing the write, and a write cannot be retried safely without knowing whether it was read.
 * undici's own fetch takes this Agent (Node 20's built-in fetch bundles an older undici).
 */
const connectionPerRequest = new Agent({ pipelining: 0 })

export function restClient(baseURL: string, token: string): Api {
  return async (method, path, body) => {
    const response = await fetch(`${baseURL}/api${path}`, {
      dispatcher: connectionPerRequest,
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let json: Record<string, any> = {}
    try {
      json = JSON.parse(text) as Record<string, any>
    } catch {
      // not JSON: kept as text in the record
    }
    return { status: response.status, retryAfter: response.headers.get('retry-after'), json, text }
  }
}

const acknowledged = (status: number) => status >= 200 && status < 300
export const isAcknowledged = (a: Attempt) => acknowledged(a.status)

/** One writer: creates, updates, publishes, unpublishes and deletes its own documents until `until`. */
export async function runWriter(
  writer: number,
  api: Api,
  until: number,
  attempts: Attempt[],
  expected: Expected[],
): Promise<void> {
  let n = 0
  const mark = () => `w${writer}-${++n}`
  const mine = () => expected.filter((doc) => !doc.deleted && doc.id !== undefined)

  const record = async (
    op: Op,
    collection: Collection,
    method: string,
    path: string,
    body?: unknown,
    id?: number | string,
  ) => {
    let result
    try {
      result = await api(method, path, body)
    } catch (error) {
      attempts.push({ writer, op, collection, id, status: 0, retryAfter: null, body: String(error) })
      return null
    }
    const created = op === 'create' ? (result.json.doc?.id as number | string | undefined) : undefined
    attempts.push({
      writer,
      op,
      collection,
      id: id ?? created,
      status: result.status,
      retryAfter: result.retryAfter,
      body: result.text.slice(0, 300),
    })
    return acknowledged(result.status) ? result.json : null
  }

  const create = async (collection: Collection, base = false) => {
    const value = mark()
    const slug = `${WRITER_SLUG}${collection}-${value}`
    const status = base || Math.random() < 0.5 ? 'published' : 'draft'
    const film = expected.find((doc) => doc.base)?.id
    const data: Record<Collection, Record<string, unknown>> = {
      films: { title: `Concurrent film ${value}`, slug, logline: value, _status: status },
      essays: { title: value, slug, kind: 'analysis', films: [film], body: paragraph(value), _status: status },
      symbols: { name: value, slug, film, meaning: paragraph(value), _status: status },
      themes: { name: `Concurrent theme ${value}`, slug, description: value },
    }
    const json = await record('create', collection, 'POST', `/${collection}`, data[collection])
    if (!json) return
    const editorial = EDITORIAL.has(collection)
    expected.push({
      collection,
      id: json.doc.id,
      value,
      deleted: false,
      base,
      ...(editorial ? { status, ...(status === 'published' ? { published: value } : {}) } : {}),
    })
  }

  const change = async (op: 'update' | 'publish' | 'unpublish', doc: Expected) => {
    const value = mark()
    const editorial = EDITORIAL.has(doc.collection)
    // An editor's save of an editorial document is a draft (?draft=true, as the admin autosaves);
    // publish and unpublish set the status of the document itself.
    const status = op === 'publish' ? 'published' : 'draft'
    const query = editorial && op === 'update' ? '?draft=true' : ''
    const body = { [TRACKED[doc.collection]]: value, ...(editorial ? { _status: status } : {}) }
    if (!(await record(op, doc.collection, 'PATCH', `/${doc.collection}/${doc.id}${query}`, body, doc.id))) return
    doc.value = value
    if (!editorial) return
    doc.status = status
    if (op === 'publish') doc.published = value
    if (op === 'unpublish') delete doc.published
  }

  const remove = async (doc: Expected) => {
    if (await record('delete', doc.collection, 'DELETE', `/${doc.collection}/${doc.id}`, undefined, doc.id))
      doc.deleted = true
  }

  while (!expected.some((doc) => doc.base) && Date.now() < until) await create('films', true)
  const collections: Collection[] = ['films', 'essays', 'symbols', 'themes']
  while (Date.now() < until) {
    const live = mine()
    const roll = Math.random()
    const doc = live[Math.floor(Math.random() * live.length)]!
    if (live.length < 4 || roll < 0.25) await create(collections[Math.floor(Math.random() * collections.length)]!)
    else if (roll < 0.5) await change('update', doc)
    else if (roll < 0.7) await change(EDITORIAL.has(doc.collection) ? 'publish' : 'update', doc)
    else if (roll < 0.85) await change(EDITORIAL.has(doc.collection) ? 'unpublish' : 'update', doc)
    else if (!doc.base) await remove(doc)
  }
}

/** Every way the stored documents differ from what the acknowledged writes say (empty: nothing lost). */
export async function lostWrites(api: Api, expected: Expected[]): Promise<string[]> {
  const lost: string[] = []
  // SQLite gives a new row the id after the highest one in use, so a deleted document's id can go
  // to a later create: the live document with that id is checked instead.
  const live = new Set(expected.filter((doc) => !doc.deleted).map((doc) => `${doc.collection}/${doc.id}`))
  for (const doc of expected) {
    const path = `/${doc.collection}/${doc.id}`
    if (doc.deleted && live.has(`${doc.collection}/${doc.id}`)) continue
    if (doc.deleted) {
      const { status, json } = await api('GET', `${path}?depth=0`)
      // The importers create documents too, and one of theirs may have been given the id: a document
      // without a writer's slug is not the one deleted. A delete that was lost leaves the writer's own.
      if (status === 200 && !String(json.slug).startsWith(WRITER_SLUG)) continue
      if (status !== 404) lost.push(`${path}: deleted (acknowledged) but GET answers ${status}`)
      continue
    }
    const field = TRACKED[doc.collection]
    const latest = await api('GET', `${path}?depth=0&draft=true`)
    if (latest.status !== 200) {
      lost.push(`${path}: acknowledged, but GET ?draft=true answers ${latest.status}`)
      continue
    }
    if (latest.json[field] !== doc.value)
      lost.push(`${path}: ${field} is "${latest.json[field]}", the last acknowledged write set "${doc.value}"`)
    if (doc.status && latest.json._status !== doc.status)
      lost.push(`${path}: newest version is ${latest.json._status}, the last acknowledged write made it ${doc.status}`)
    if (doc.published !== undefined) {
      const published = await api('GET', `${path}?depth=0`)
      if (published.json._status !== 'published' || published.json[field] !== doc.published) {
        lost.push(
          `${path}: published version holds ${field} "${published.json[field]}" (${published.json._status}), the last acknowledged publish set "${doc.published}"`,
        )
      }
    }
  }
  return lost
}

/** Ids given to more acknowledged creates than acknowledged deletes freed (an id is reused only after a delete). */
export function reusedIds(attempts: Attempt[]): string[] {
  const uses = new Map<string, number>()
  for (const a of attempts.filter(isAcknowledged)) {
    const key = `${a.collection}/${String(a.id)}`
    if (a.op === 'create') uses.set(key, (uses.get(key) ?? 0) + 1)
    if (a.op === 'delete') uses.set(key, (uses.get(key) ?? 0) - 1)
  }
  return [...uses]
    .filter(([, count]) => count > 1)
    .map(([key, count]) => `${key} given to ${count} acknowledged creates more than were deleted`)
}

/** A refusal the client can act on: 503 with Retry-After (try again), or 409 (a conflict). */
export const refusedCleanly = (a: Attempt) => (a.status === 503 && a.retryAfter !== null) || a.status === 409
