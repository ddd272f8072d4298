import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { toSlug } from '../../collections/fields/slug'
import { detectOriginalLanguage, type ParsedFilm } from '../filmText'
import { REVALIDATE_AFTER_COMMIT } from '../../collections/hooks/revalidate'
import { revalidateTags, signingSecret } from '../lib/revalidate'
import { removeWritten, savePoster, type PosterFile } from './poster'
import { backOff, lostARace, WRITE_ATTEMPTS } from './raceRetry'
import type { RichTextBuilder } from './richText'
import { findAll, sameId, save, upsert, type DocId, type UpsertAction } from './upsert'

export type WriteOptions = {
  draft: boolean
  richText: RichTextBuilder
  /** Write as this user, through the collections' access rules; without one, as the operator (the CLI). */
  user?: TypedUser
  /**
   * The operator writes on behalf of this user (the CLI's `--as`): new films, symbols and essays
   * get them as author (collections/fields/author.ts), while access rules stay off as for any
   * operator write. Ignored when `user` is given, who is the author then.
   */
  author?: TypedUser
  /** The image that came with the film's file: it becomes the film's poster. */
  poster?: PosterFile | null
  /**
   * Collects the tags of the pages this film changes, for a caller writing many films to expire
   * once after the last (importFiles); without it, they are expired as this film commits.
   */
  changedTags?: Set<string>
}

export type WriteReport = {
  slug: string
  film: UpsertAction
  /** How many documents of each kind were created, updated or left unchanged. */
  counts: Record<UpsertAction, number>
}

type Ctx = {
  payload: Payload
  req: PayloadRequest
  overrideAccess: boolean
  status: 'draft' | 'published'
  report: WriteReport
  /** Files written to disk for new media, removed if the transaction fails. */
  written: string[]
}

const record = (ctx: Ctx, result: { id: DocId; action: UpsertAction }): DocId => {
  ctx.report.counts[result.action] += 1
  return result.id
}

type Stored = Record<string, unknown>

/** The stored documents by slug, kept current as the film's write creates and updates them. */
type BySlug = Map<string, Stored>

const bySlug = (docs: Stored[]): BySlug => new Map(docs.map((doc) => [String(doc.slug), doc]))

/**
 * Save `data` over the document with its slug in `stored` (or create it) and remember the result,
 * so a later item of the same film with that slug updates it instead of creating a duplicate.
 */
async function saveBySlug(
  ctx: Ctx,
  collection: 'people' | 'genres' | 'themes' | 'symbols' | 'essays',
  stored: BySlug,
  data: Stored & { slug: string },
): Promise<DocId> {
  const id = record(ctx, await save({ ...ctx, collection, existing: stored.get(data.slug), data }))
  stored.set(data.slug, { ...stored.get(data.slug), ...data, id })
  return id
}

/**
 * Taxonomy terms are matched by slug, so "Drama" and "drama" are one genre. One query finds every
 * term of the film, instead of one per name: at ten thousand films the lookups were most of an import.
 */
async function terms(ctx: Ctx, collection: 'people' | 'genres' | 'themes', names: string[]): Promise<DocId[]> {
  const slugs = [...new Set(names.map(toSlug))]
  if (slugs.length === 0) return []
  const stored = bySlug(await findAll({ ...ctx, collection, where: { slug: { in: slugs } } }))
  const ids = new Map<string, DocId>()
  for (const name of names) {
    const slug = toSlug(name)
    // sequential: one transaction, one connection
    if (!ids.has(slug)) ids.set(slug, await saveBySlug(ctx, collection, stored, { name, slug }))
  }
  return names.map((name) => ids.get(toSlug(name)) as DocId)
}

/** Noon UTC keeps the calendar day the same in every reader's time zone. */
const dayToISO = (day: string | null): string | null => (day ? `${day}T12:00:00.000Z` : null)

/** Question titles can repeat across films; the second film's essay gets its film's slug in front. */
function essaySlug(stored: BySlug, filmId: DocId, filmSlug: string, title: string): string {
  const slug = toSlug(title)
  const owner = stored.get(slug)
  const films = (owner?.films ?? []) as unknown[]
  const ours =
    !owner || films.some((film) => sameId(typeof film === 'object' && film ? (film as Stored).id : film, filmId))
  return ours ? slug : `${filmSlug}-${slug}`
}

/** The media document of the film's poster file, compared with the poster the film has now. */
async function posterOf(ctx: Ctx, film: ParsedFilm, poster: PosterFile): Promise<DocId> {
  const [existing] = await findAll({ ...ctx, collection: 'films', where: { slug: { equals: film.slug } } })
  return record(ctx, await savePoster({ ...ctx, title: film.title, poster, current: existing?.poster }))
}

async function writeWithin(
  ctx: Ctx,
  film: ParsedFilm,
  richText: RichTextBuilder,
  posterFile: PosterFile | null,
): Promise<void> {
  // People once for both roles: a director who also acts is one lookup and one person.
  const people = await terms(ctx, 'people', [...film.directors, ...film.cast])
  const directors = people.slice(0, film.directors.length)
  const cast = people.slice(film.directors.length)
  const genres = await terms(ctx, 'genres', film.genres)
  const themes = await terms(ctx, 'themes', film.themes)

  // Without an image beside the file, the film keeps whatever poster an editor gave it.
  const poster = posterFile ? await posterOf(ctx, film, posterFile) : undefined
  const filmResult = await upsert({
    ...ctx,
    collection: 'films',
    where: { slug: { equals: film.slug } },
    data: {
      title: film.title,
      slug: film.slug,
      logline: film.logline,
      originalTitle: film.originalTitle,
      originalLanguage: detectOriginalLanguage(film.originalTitle, film.country),
      tagline: film.tagline,
      releaseDate: dayToISO(film.releaseDate),
      country: film.country,
      runtimeMinutes: film.runtimeMinutes,
      rating: { score: film.rating?.score ?? null, votes: film.rating?.votes ?? null },
      directors,
      cast: cast.map((person) => ({ person })),
      genres,
      themes,
      boxOffice: { amount: film.boxOffice?.amount ?? null, currency: film.boxOffice?.currency ?? null },
      ...(poster === undefined ? {} : { poster }),
      _status: ctx.status,
    },
  })
  ctx.report.film = filmResult.action
  const filmId = record(ctx, filmResult)

  // A film created just now has no symbols yet: nothing to look up.
  const symbols = bySlug(
    filmResult.action === 'created'
      ? []
      : await findAll({ ...ctx, collection: 'symbols', where: { film: { equals: filmId } } }),
  )
  for (const [order, symbol] of film.symbols.entries()) {
    await saveBySlug(ctx, 'symbols', symbols, {
      name: symbol.name,
      slug: toSlug(symbol.name),
      film: filmId,
      meaning: richText(symbol.meaning),
      context: symbol.context ? richText(symbol.context) : null,
      order,
      _status: ctx.status,
    })
  }

  const essays = [
    ...film.questions.map((q) => ({ kind: 'philosophical-question', title: q.question, body: q.discussion })),
    ...(film.coreMeaning
      ? [{ kind: 'core-meaning', title: `The core meaning of ${film.title}`, body: film.coreMeaning }]
      : []),
  ]
  // Every slug an essay of this film could take, found in one query.
  const candidates = [
    `${film.slug}-core-meaning`,
    ...film.questions.flatMap((q) => [toSlug(q.question), `${film.slug}-${toSlug(q.question)}`]),
  ]
  const stored = bySlug(await findAll({ ...ctx, collection: 'essays', where: { slug: { in: candidates } } }))
  for (const [order, essay] of essays.entries()) {
    const slug =
      essay.kind === 'core-meaning' ? `${film.slug}-core-meaning` : essaySlug(stored, filmId, film.slug, essay.title)
    await saveBySlug(ctx, 'essays', stored, {
      title: essay.title,
      slug,
      kind: essay.kind,
      films: [filmId],
      body: richText(essay.body),
      order,
      _status: ctx.status,
    })
  }
}

/**
 * Write one parsed film and everything it references in a single transaction: a failure
 * anywhere leaves no part of the film behind. Runs as the importing operator (Local API
 * defaults), or as `user` under the collections' access rules (the admin import), through the
 * same operations an editor's save goes through, so the same hooks fire. A write that lost a race
 * with a concurrent importer is written again (./raceRetry.ts).
 */
export async function writeFilm(payload: Payload, film: ParsedFilm, options: WriteOptions): Promise<WriteReport> {
  const actor = options.user ?? options.author
  for (let attempt = 1; ; attempt += 1) {
    const req = await createLocalReq(actor ? { user: actor } : {}, payload)
    try {
      return await writeOnce(req, film, options)
    } catch (error) {
      if (attempt >= WRITE_ATTEMPTS || !lostARace(error, req)) throw error
      await backOff(attempt)
    }
  }
}

async function writeOnce(
  req: PayloadRequest,
  film: ParsedFilm,
  { draft, richText, user, poster, changedTags }: WriteOptions,
): Promise<WriteReport> {
  const { payload } = req
  const report: WriteReport = { slug: film.slug, film: 'unchanged', counts: { created: 0, updated: 0, unchanged: 0 } }
  const ctx: Ctx = {
    payload,
    req,
    overrideAccess: !user,
    status: draft ? 'draft' : 'published',
    report,
    written: [],
  }
  const tags = new Set<string>()
  req.context[REVALIDATE_AFTER_COMMIT] = tags
  await initTransaction(req)
  try {
    await writeWithin(ctx, film, richText, poster ?? null)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    await removeWritten(ctx.written)
    throw error
  }
  // The pages change once the film is committed, not before (see REVALIDATE_AFTER_COMMIT).
  if (changedTags) for (const tag of tags) changedTags.add(tag)
  else await revalidateTags([...tags], signingSecret(payload))
  return report
}
