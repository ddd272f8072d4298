import { convertLexicalToMarkdown, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Payload, Where } from 'payload'

import { detectOriginalLanguage, type ParsedFilm } from '../filmText'
import type { Film } from '../payload-types'

export type DocId = string | number

/** Rich text back to the text the importer read it from: paragraphs separated by blank lines. */
export type RichTextReader = (value: unknown) => string

/**
 * Markdown, not plain text: the importer reads paragraphs as Markdown, so `*emphasis*` typed in
 * a file becomes italics; writing it back as Markdown gives the same rich text on re-import,
 * where plain text would drop the emphasis.
 */
export async function richTextReader(payload: Payload): Promise<RichTextReader> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  return (value) =>
    value && typeof value === 'object' && 'root' in value
      ? convertLexicalToMarkdown({ data: value as SerializedEditorState, editorConfig }).trim()
      : ''
}

export type ExportOptions = {
  /**
   * Export the latest saved version of published films too (unpublished changes included).
   * By default a published film is exported as readers see it, and a draft as last saved.
   */
  latest?: boolean
}

export type FilmForExport = {
  id: DocId
  slug: string
  status: 'published' | 'draft'
  /** Which version of the film and its symbols and essays the ParsedFilm holds. */
  version: 'published' | 'latest'
  /** A published film exported as published whose newer, unpublished changes are not in it. */
  unpublishedChanges: boolean
  film: ParsedFilm
  /** The stored file name of the film's poster upload, written beside its text. */
  posterFile: string | null
  /** What the text format cannot hold and was left out or changed. */
  warnings: string[]
}

const nameOf = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string'
    ? (value as { name: string }).name
    : null

function names(values: unknown[] | null | undefined, what: string, warnings: string[]): string[] {
  const out: string[] = []
  for (const value of values ?? []) {
    const name = nameOf(value)
    if (name === null) warnings.push(`a ${what} reference points to a document that no longer exists; left out`)
    else out.push(name)
  }
  return out
}

const dayOf = (value: string | null | undefined): string | null => {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

const text = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value : null)

/** Does this published film, or one of its symbols or essays, have a saved draft newer than what is published? */
async function hasUnpublishedChanges(payload: Payload, id: DocId): Promise<boolean> {
  const latest = await payload.findVersions({
    collection: 'films',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 1,
    depth: 0,
  })
  if (latest.docs[0]?.version._status === 'draft') return true
  for (const [collection, field] of [
    ['symbols', 'film'],
    ['essays', 'films'],
  ] as const) {
    const drafts = await payload.find({
      collection,
      where: { and: [{ [field]: { equals: id } }, { _status: { equals: 'draft' } }] },
      draft: true,
      limit: 1,
      depth: 0,
    })
    if (drafts.totalDocs > 0) return true
  }
  return false
}

/**
 * Read one stored film, with its people, genres, themes, symbols and essays, as the ParsedFilm
 * the importer would have produced from its file.
 */
export async function readFilmForExport(
  payload: Payload,
  id: DocId,
  options: ExportOptions = {},
  readRichText?: RichTextReader,
): Promise<FilmForExport> {
  const richText = readRichText ?? (await richTextReader(payload))
  const stored = await payload.findByID({ collection: 'films', id, depth: 0, draft: false, select: { _status: true } })
  const status = stored._status === 'published' ? 'published' : 'draft'
  const latest = status === 'draft' || options.latest === true
  const doc: Film = await payload.findByID({ collection: 'films', id, depth: 1, draft: latest, joins: false })
  const warnings: string[] = []

  // Published: only what readers see. Latest: everything as last saved, drafts included.
  const visible = (where: Where): Where => (latest ? where : { and: [where, { _status: { equals: 'published' } }] })
  const symbols = (
    await payload.find({
      collection: 'symbols',
      where: visible({ film: { equals: id } }),
      sort: 'order',
      pagination: false,
      depth: 0,
      draft: latest,
    })
  ).docs
  const essays = (
    await payload.find({
      collection: 'essays',
      where: visible({ films: { equals: id } }),
      sort: 'order',
      pagination: false,
      depth: 0,
      draft: latest,
    })
  ).docs

  const score = doc.rating?.score ?? null
  const votes = doc.rating?.votes ?? null
  if (score === null && votes !== null)
    warnings.push(`the vote count ${votes} has no score; the facts line needs both, so it is left out`)
  if (score !== null && votes === null) warnings.push('the score has no vote count; written as "(0)"')

  const amount = doc.boxOffice?.amount ?? null
  const currency = doc.boxOffice?.currency ?? null
  if ((amount === null) !== (currency === null))
    warnings.push('the box office has an amount or a currency but not both; left out')

  const characters = (doc.cast ?? [])
    .filter((c) => c.character)
    .map((c) => `${nameOf(c.person) ?? '?'} as ${c.character}`)
  if (characters.length > 0) warnings.push(`character names are not part of the text format: ${characters.join(', ')}`)

  const detected = detectOriginalLanguage(text(doc.originalTitle), text(doc.country))
  if (doc.originalLanguage && doc.originalLanguage !== detected) {
    warnings.push(
      `the original language "${doc.originalLanguage}" is not in the text format; an import would set ${detected ? `"${detected}"` : 'none'}`,
    )
  }

  for (const symbol of symbols) {
    if (!richText(symbol.context))
      warnings.push(`the symbol "${symbol.name}" has no context, which the text format requires`)
  }
  const questions = essays.filter((e) => e.kind === 'philosophical-question')
  const cores = essays.filter((e) => e.kind === 'core-meaning')
  const others = essays.filter((e) => e.kind !== 'philosophical-question' && e.kind !== 'core-meaning')
  if (others.length > 0)
    warnings.push(
      `essays of kind "analysis" are not part of the text format: ${others.map((e) => `"${e.title}"`).join(', ')}`,
    )
  if (cores.length > 1) warnings.push(`${cores.length} core-meaning essays are joined into one "Core Meaning" section`)
  const coreMeaning = cores
    .map((e) => richText(e.body))
    .filter((t) => t !== '')
    .join('\n\n')

  const film: ParsedFilm = {
    title: doc.title,
    slug: doc.slug,
    logline: text(doc.logline),
    originalTitle: text(doc.originalTitle),
    tagline: text(doc.tagline),
    releaseDate: dayOf(doc.releaseDate),
    country: text(doc.country),
    runtimeMinutes: doc.runtimeMinutes ?? null,
    rating: score === null ? null : { score, votes: votes ?? 0 },
    directors: names(doc.directors, 'director', warnings),
    cast: names(
      (doc.cast ?? []).map((c) => c.person),
      'cast',
      warnings,
    ),
    genres: names(doc.genres, 'genre', warnings),
    themes: names(doc.themes, 'theme', warnings),
    boxOffice: amount !== null && currency !== null ? { amount, currency } : null,
    symbols: symbols.map((s) => ({ name: s.name, meaning: richText(s.meaning), context: richText(s.context) })),
    questions: questions.map((e) => ({ question: e.title, discussion: richText(e.body) })),
    coreMeaning: coreMeaning === '' ? null : coreMeaning,
  }
  const unpublishedChanges = status === 'published' && !latest ? await hasUnpublishedChanges(payload, id) : false
  const posterFile = doc.poster && typeof doc.poster === 'object' ? (doc.poster.filename ?? null) : null
  return {
    id,
    slug: doc.slug,
    status,
    version: latest ? 'latest' : 'published',
    unpublishedChanges,
    film,
    posterFile,
    warnings,
  }
}

/** Every film, published and drafts, ordered by slug. */
export async function readFilmsForExport(payload: Payload, options: ExportOptions = {}): Promise<FilmForExport[]> {
  const readRichText = await richTextReader(payload)
  const { docs } = await payload.find({
    collection: 'films',
    pagination: false,
    depth: 0,
    sort: 'slug',
    select: { slug: true },
  })
  const films: FilmForExport[] = []
  for (const { id } of docs) films.push(await readFilmForExport(payload, id, options, readRichText))
  return films
}
