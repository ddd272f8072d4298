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
import type { RichTextBuilder } from './richText'
import { sameId, upsert, type DocId, type UpsertAction } from './upsert'

export type WriteOptions = {
  draft: boolean
  richText: RichTextBuilder
  /** Write as this user, through the collections' access rules; without one, as the operator (the CLI). */
  user?: TypedUser
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
}

const record = (ctx: Ctx, result: { id: DocId; action: UpsertAction }): DocId => {
  ctx.report.counts[result.action] += 1
  return result.id
}

/** Taxonomy terms are matched by slug, so "Drama" and "drama" are one genre. */
const term = (ctx: Ctx, collection: 'people' | 'genres' | 'themes', name: string): Promise<DocId> => {
  const slug = toSlug(name)
  return upsert({ ...ctx, collection, where: { slug: { equals: slug } }, data: { name, slug } }).then((r) =>
    record(ctx, r),
  )
}

const terms = async (ctx: Ctx, collection: 'people' | 'genres' | 'themes', names: string[]): Promise<DocId[]> => {
  const ids: DocId[] = []
  for (const name of names) ids.push(await term(ctx, collection, name)) // sequential: one transaction, one connection
  return ids
}

/** Noon UTC keeps the calendar day the same in every reader's time zone. */
const dayToISO = (day: string | null): string | null => (day ? `${day}T12:00:00.000Z` : null)

/** Question titles can repeat across films; the second film's essay gets its film's slug in front. */
async function essaySlug(ctx: Ctx, filmId: DocId, filmSlug: string, title: string): Promise<string> {
  const slug = toSlug(title)
  const { docs } = await ctx.payload.find({
    collection: 'essays',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: { films: true },
    req: ctx.req,
    overrideAccess: ctx.overrideAccess,
  })
  const owner = docs[0]
  const ours = !owner || (owner.films ?? []).some((film) => sameId(typeof film === 'object' ? film.id : film, filmId))
  return ours ? slug : `${filmSlug}-${slug}`
}

async function writeWithin(ctx: Ctx, film: ParsedFilm, richText: RichTextBuilder): Promise<void> {
  const directors = await terms(ctx, 'people', film.directors)
  const cast = await terms(ctx, 'people', film.cast)
  const genres = await terms(ctx, 'genres', film.genres)
  const themes = await terms(ctx, 'themes', film.themes)

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
      _status: ctx.status,
    },
  })
  ctx.report.film = filmResult.action
  const filmId = record(ctx, filmResult)

  for (const [order, symbol] of film.symbols.entries()) {
    const slug = toSlug(symbol.name)
    record(
      ctx,
      await upsert({
        ...ctx,
        collection: 'symbols',
        where: { and: [{ film: { equals: filmId } }, { slug: { equals: slug } }] },
        data: {
          name: symbol.name,
          slug,
          film: filmId,
          meaning: richText(symbol.meaning),
          context: symbol.context ? richText(symbol.context) : null,
          order,
          _status: ctx.status,
        },
      }),
    )
  }

  const essays = [
    ...film.questions.map((q) => ({ kind: 'philosophical-question', title: q.question, body: q.discussion })),
    ...(film.coreMeaning
      ? [{ kind: 'core-meaning', title: `The core meaning of ${film.title}`, body: film.coreMeaning }]
      : []),
  ]
  for (const [order, essay] of essays.entries()) {
    const slug =
      essay.kind === 'core-meaning' ? `${film.slug}-core-meaning` : await essaySlug(ctx, filmId, film.slug, essay.title)
    record(
      ctx,
      await upsert({
        ...ctx,
        collection: 'essays',
        where: { slug: { equals: slug } },
        data: {
          title: essay.title,
          slug,
          kind: essay.kind,
          films: [filmId],
          body: richText(essay.body),
          order,
          _status: ctx.status,
        },
      }),
    )
  }
}

/**
 * Write one parsed film and everything it references in a single transaction: a failure
 * anywhere leaves no part of the film behind. Runs as the importing operator (Local API
 * defaults), or as `user` under the collections' access rules (the admin import), through the
 * same operations an editor's save goes through, so the same hooks fire.
 */
export async function writeFilm(
  payload: Payload,
  film: ParsedFilm,
  { draft, richText, user }: WriteOptions,
): Promise<WriteReport> {
  const req = await createLocalReq(user ? { user } : {}, payload)
  const report: WriteReport = { slug: film.slug, film: 'unchanged', counts: { created: 0, updated: 0, unchanged: 0 } }
  const ctx: Ctx = { payload, req, overrideAccess: !user, status: draft ? 'draft' : 'published', report }
  const tags = new Set<string>()
  req.context[REVALIDATE_AFTER_COMMIT] = tags
  await initTransaction(req)
  try {
    await writeWithin(ctx, film, richText)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  // The pages change once the film is committed, not before (see REVALIDATE_AFTER_COMMIT).
  await revalidateTags([...tags], signingSecret(payload))
  return report
}
