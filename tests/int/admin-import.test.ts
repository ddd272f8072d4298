import { readFile } from 'node:fs/promises'

import { handleEndpoints, type CollectionSlug, type Payload, type Where } from 'payload'
import sharp from 'sharp'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'
import type { ConfirmResponse, PreviewResponse } from '../../src/import/admin/types'
import { MAX_BODY_BYTES, MAX_FILES } from '../../src/import/admin/limits'
import { importFiles } from '../../src/import/importFiles'
import { parseFilm } from '../../src/filmText'
import { richTextBuilder } from '../../src/import/richText'
import { writeFilm } from '../../src/import/write'
import { sampleFilmFiles } from '../../src/seed/paths'
import { makeUser, startPayload } from './helpers/payload'

// The admin import endpoints as the admin view calls them: real Requests through Payload's own
// endpoint router (authentication included), on this file's own database.

let payload: Payload
let tokens: Record<'admin' | 'editor' | 'writer', string>
let seedText: string
let writerUser: User

const PASSWORD = 'correct horse battery staple'
const COLLECTIONS: CollectionSlug[] = ['films', 'symbols', 'essays', 'people', 'genres', 'themes']

/** Documents and versions in every collection an import writes: what "wrote nothing" means. */
async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COLLECTIONS) {
    counts[collection] = (await payload.count({ collection })).totalDocs
    if (['films', 'symbols', 'essays'].includes(collection))
      counts[`${collection} versions`] = (await payload.countVersions({ collection })).totalDocs
  }
  return counts
}

async function tokenFor(user: User): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
  return token!
}

async function call(
  path: 'preview' | 'confirm',
  body: BodyInit | undefined,
  options: { token?: string; type?: string } = {},
) {
  const headers = new Headers()
  if (options.token) headers.set('authorization', `JWT ${options.token}`)
  if (options.type) headers.set('content-type', options.type)
  const request = new Request(`http://localhost/api/import/${path}`, { method: 'POST', headers, body })
  const { default: config } = await import('@payload-config')
  const response = await handleEndpoints({ config, request })
  return { status: response.status, json: (await response.json()) as unknown }
}

type Upload = { name: string; content: string | Uint8Array }

function form(files: Upload[]): FormData {
  const data = new FormData()
  for (const { name, content } of files)
    data.append('files', new File([content as BlobPart], name, { type: 'text/plain' }))
  return data
}

/** `token: null` calls as an anonymous visitor. */
const preview = async (files: Upload[], token: string | null = tokens.editor) => {
  const { status, json } = await call('preview', form(files), { token: token ?? undefined })
  return { status, json: json as PreviewResponse & { error?: string } }
}

const confirm = async (body: unknown, token: string | null = tokens.editor) => {
  const { status, json } = await call('confirm', JSON.stringify(body), {
    token: token ?? undefined,
    type: 'application/json',
  })
  return { status, json: json as ConfirmResponse & { error?: string } }
}

/** The seed film under another title, so each test writes a film of its own. */
const retitled = (title: string) => seedText.replace(/Miracle in Cell No\. 7/g, title)
const filmBySlug = async (slug: string) =>
  (await payload.find({ collection: 'films', where: { slug: { equals: slug } }, depth: 1, draft: true })).docs[0]

beforeAll(async () => {
  payload = await startPayload()
  const admin = await makeUser(payload, 'admin')
  const editor = await makeUser(payload, 'editor')
  const writer = await makeUser(payload, 'writer')
  writerUser = writer
  tokens = { admin: await tokenFor(admin), editor: await tokenFor(editor), writer: await tokenFor(writer) }
  seedText = await readFile(
    sampleFilmFiles().find((f) => f.endsWith('miracle-in-cell-no-7.txt'))!,
    'utf8',
  )
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('POST /api/import/preview', () => {
  it('shows the parsed film, every theme guess and that it would be created, and writes nothing', async () => {
    const before = await snapshot()
    const { status, json } = await preview([{ name: 'miracle-in-cell-no-7.txt', content: seedText }])
    expect(status).toBe(200)
    expect(json.canPublish).toBe(true)
    const [file] = json.files
    expect(file?.ok).toBe(true)
    if (!file?.ok) throw new Error('preview failed')
    expect(file.file).toBe('miracle-in-cell-no-7.txt')
    expect(file.action).toBe('create')
    // Exactly what `npm run import -- --dry-run --json` prints for this file (tests/cli/import.test.ts).
    const cliDryRun = JSON.parse(
      await readFile(new URL('../unit/filmText/expected/miracle-in-cell-no-7.json', import.meta.url), 'utf8'),
    ) as unknown
    expect(file.film).toEqual(cliDryRun)
    expect(file.film.symbols).toHaveLength(3)
    expect(file.film.questions).toHaveLength(3)
    expect(file.themesLine).toBe(14)
    expect(file.themes.map((t) => t.text)).toEqual([
      'Injustice and the Flawed Legal System',
      'Unconditional Paternal Love',
      'Found Family and Solidarity',
      'Sacrifice',
    ])
    // Nothing is on the site yet: "Sacrifice" comes from the vocabulary, the rest are guesses.
    expect(file.themes.map((t) => t.source)).toEqual(['heuristic', 'heuristic', 'heuristic', 'vocabulary'])
    expect(file.themes[1]?.explanation).toContain('is a guess')
    expect(file.themes[1]?.alternatives).toContainEqual(['Unconditional', 'Paternal Love'])
    expect(file.themes[1]?.alternatives).toContainEqual(['Unconditional Paternal Love Found Family and Solidarity'])
    expect(file.guesses).toContainEqual(expect.objectContaining({ field: 'originalLanguage', value: 'ko' }))
    expect(await snapshot()).toEqual(before)
    expect(before.films).toBe(0)
  })

  it('names the file and the line of a file it cannot parse, next to the files it can', async () => {
    const broken = seedText.replace('23 January 2013 South Korea 127 min ⭐ 7.9 (470)', 'sometime, somewhere')
    const { status, json } = await preview([
      { name: 'broken.txt', content: broken },
      { name: 'good.txt', content: retitled('Good Neighbour') },
    ])
    expect(status).toBe(200)
    expect(json.files[0]).toMatchObject({ file: 'broken.txt', ok: false, line: 10 })
    expect(json.files[0]?.ok === false && json.files[0].message).toMatch(/facts line/i)
    expect(json.files[1]).toMatchObject({ file: 'good.txt', ok: true })
  })

  it('refuses binary and non-UTF-8 files by name, and strips any path from the name', async () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00])
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]) // "Café" in Latin-1
    const { status, json } = await preview([
      { name: 'analysis.docx', content: binary },
      { name: '../../etc/latin1.txt', content: latin1 },
    ])
    expect(status).toBe(200)
    expect(json.files[0]).toMatchObject({ file: 'analysis.docx', ok: false })
    expect(json.files[0]?.ok === false && json.files[0].message).toContain('analysis.docx is not a text file')
    expect(json.files[1]).toMatchObject({ file: 'latin1.txt', ok: false })
    expect(json.files[1]?.ok === false && json.files[1].message).toContain('not UTF-8')
  })

  it('answers bad requests with 4xx and a message, never a 500', async () => {
    const none = await call('preview', new FormData(), { token: tokens.editor })
    expect(none.status).toBe(400)
    expect((none.json as { error: string }).error).toMatch(/at least one/)

    const json = await call('preview', '{}', { token: tokens.editor, type: 'application/json' })
    expect(json.status).toBe(400)
    expect((json.json as { error: string }).error).toContain('multipart/form-data')

    const many = await preview(Array.from({ length: MAX_FILES + 1 }, (_, i) => ({ name: `f${i}.txt`, content: 'x' })))
    expect(many.status).toBe(400)
    expect(many.json.error).toContain(`At most ${MAX_FILES}`)

    const huge = await preview([{ name: 'huge.txt', content: 'x'.repeat(MAX_BODY_BYTES + 100 * 1024) }])
    expect(huge.status).toBe(413)
    expect(huge.json.error).toMatch(/larger than/)

    const garbled = await call('preview', 'not a multipart body', {
      token: tokens.editor,
      type: 'multipart/form-data; boundary=xyz',
    })
    expect(garbled.status).toBe(400)
  })

  it('refuses anonymous visitors with 401', async () => {
    const { status, json } = await preview([{ name: 'a.txt', content: seedText }], null)
    expect(status).toBe(401)
    expect(json.error).toMatch(/sign in/i)
  })
})

describe('POST /api/import/confirm', () => {
  it('writes exactly what the command-line importer writes, published, and links to the admin', async () => {
    const { status, json } = await confirm({
      status: 'published',
      files: [{ file: 'miracle-in-cell-no-7.txt', text: seedText }],
    })
    expect(status).toBe(200)
    const [result] = json.files
    expect(result).toMatchObject({
      file: 'miracle-in-cell-no-7.txt',
      ok: true,
      slug: 'miracle-in-cell-no-7',
      action: 'created',
      status: 'published',
      publicPath: '/films/miracle-in-cell-no-7',
    })
    const film = await filmBySlug('miracle-in-cell-no-7')
    expect(film?._status).toBe('published')
    expect(result?.ok && result.adminURL).toBe(`/admin/collections/films/${film!.id}`)
    expect(film?.themes?.map((t) => (t as { name: string }).name)).toEqual([
      'Injustice and the Flawed Legal System',
      'Unconditional Paternal Love',
      'Found Family and Solidarity',
      'Sacrifice',
    ])
    const symbols = await payload.find({
      collection: 'symbols',
      where: { film: { equals: film!.id } },
      sort: 'order',
      overrideAccess: false,
    })
    expect(symbols.docs.map((s) => s.name)).toEqual(['Sailor Moon Backpack', 'Hot Air Balloon', 'Cell No. 7'])
    const essays = await payload.find({
      collection: 'essays',
      where: { films: { equals: film!.id } },
      sort: 'order',
      overrideAccess: false,
    })
    expect(essays.docs.map((e) => e.kind)).toEqual([
      'philosophical-question',
      'philosophical-question',
      'philosophical-question',
      'core-meaning',
    ])

    // The CLI's write path, given the same file, finds nothing to change: the admin wrote the same documents.
    const before = await snapshot()
    const [cli] = await importFiles(payload, [{ file: 'miracle-in-cell-no-7.txt', text: seedText }])
    expect(cli?.ok && cli.report).toMatchObject({ film: 'unchanged', counts: { created: 0, updated: 0 } })
    expect(await snapshot()).toEqual(before)
  })

  it('previews a film already on the site as an update, with its admin link', async () => {
    const { json } = await preview([{ name: 'again.txt', content: seedText }])
    const film = await filmBySlug('miracle-in-cell-no-7')
    expect(json.files[0]).toMatchObject({
      ok: true,
      action: 'update',
      existing: { id: film!.id, status: 'published', adminURL: `/admin/collections/films/${film!.id}` },
    })
    // Its themes are now known, so the preview no longer calls them guesses.
    expect(json.files[0]?.ok && json.files[0].themes.every((t) => t.source === 'known')).toBe(true)
  })

  it('honours the themes split the editor chose', async () => {
    const text = retitled('Split Decision')
    const themes = [
      'Injustice and the Flawed Legal System',
      'Unconditional',
      'Paternal Love',
      'Found Family and Solidarity Sacrifice',
    ]
    const { status, json } = await confirm({ status: 'draft', files: [{ file: 'split.txt', text, themes }] })
    expect(status).toBe(200)
    expect(json.files[0]).toMatchObject({ ok: true, action: 'created', status: 'draft', publicPath: null })
    const film = await filmBySlug('split-decision')
    expect(film?._status).toBe('draft')
    expect(film?.themes?.map((t) => (t as { name: string }).name)).toEqual(themes)
  })

  it('refuses a themes split that changes the words of the themes line, naming the file and the line', async () => {
    const before = await snapshot()
    const themes = ['Injustice', 'Something Else Entirely']
    const { status, json } = await confirm({
      status: 'published',
      files: [{ file: 'reworded.txt', text: retitled('Reworded'), themes }],
    })
    expect(status).toBe(400)
    expect(json.files[0]).toMatchObject({ file: 'reworded.txt', ok: false, line: 14 })
    expect(json.files[0]?.ok === false && json.files[0].message).toContain('do not regroup the words')
    expect(await snapshot()).toEqual(before)
  })

  it('re-parses the text on the server: a broken file is refused with its line and writes nothing', async () => {
    const before = await snapshot()
    const broken = retitled('Never Parsed').replace('Cast: ', 'Cast list? ')
    const { status, json } = await confirm({
      status: 'published',
      files: [{ file: 'broken.txt', text: broken, film: { title: 'Injected' } }],
    })
    expect(status).toBe(400)
    expect(json.files[0]).toMatchObject({ file: 'broken.txt', ok: false })
    expect(json.files[0]?.ok === false && json.files[0].line).toBeGreaterThan(0)
    expect(await snapshot()).toEqual(before)
  })

  it('rolls back a file that fails part-way while the other files go in', async () => {
    const before = await snapshot()
    const create = payload.create.bind(payload)
    // The failing file's people, genre, theme, film and symbols are written before its essay fails.
    vi.spyOn(payload, 'create').mockImplementation((args: Parameters<Payload['create']>[0]) => {
      if (args.collection === 'essays' && String((args.data as { title?: string }).title).includes('Doomed')) {
        return Promise.reject(Object.assign(new Error('The essay store is full'), { status: 400 }))
      }
      return create(args)
    })
    const doomed = retitled('Doomed Film')
      .replace('Director: Lee Hwan-kyung', 'Director: Nobody Newman')
      .replace('Drama Comedy', 'Western')
    const { status, json } = await confirm({
      status: 'published',
      files: [
        { file: 'good.txt', text: retitled('Good Film') },
        { file: 'doomed.txt', text: doomed },
      ],
    })
    expect(status).toBe(207)
    expect(json.files[0]).toMatchObject({ file: 'good.txt', ok: true, action: 'created' })
    expect(json.files[1]).toMatchObject({ file: 'doomed.txt', ok: false })
    expect(json.files[1]?.ok === false && json.files[1].message).toContain('nothing from this file was written')
    expect(await filmBySlug('doomed-film')).toBeUndefined()
    const after = await snapshot()
    // Only the good film and its symbols and essays: no person, genre or theme of the doomed one.
    expect(after).toEqual({
      ...before,
      films: before.films! + 1,
      symbols: before.symbols! + 3,
      essays: before.essays! + 4,
      'films versions': before['films versions']! + 1,
      'symbols versions': before['symbols versions']! + 3,
      'essays versions': before['essays versions']! + 4,
    })
    expect((await payload.find({ collection: 'people', where: { name: { equals: 'Nobody Newman' } } })).totalDocs).toBe(
      0,
    )
    expect((await payload.find({ collection: 'genres', where: { name: { equals: 'Western' } } })).totalDocs).toBe(0)
  })

  it('answers malformed requests with 400 and a message', async () => {
    for (const body of [
      [],
      { status: 'live', files: [] },
      { status: 'draft', files: [] },
      { status: 'draft', files: [{ file: 'a.txt' }] },
      { status: 'draft', files: [{ file: 'a.txt', text: seedText, themes: 'Hope' }] },
    ]) {
      const { status, json } = await confirm(body)
      expect(status, JSON.stringify(body)).toBe(400)
      expect(json.error ?? (json.files[0]?.ok === false && json.files[0].message), JSON.stringify(body)).toBeTruthy()
    }
    const notJSON = await call('confirm', '{', { token: tokens.editor, type: 'application/json' })
    expect(notJSON.status).toBe(400)
  })
})

describe('who may import', () => {
  it('refuses anonymous visitors, and they write nothing', async () => {
    const before = await snapshot()
    const { status, json } = await confirm(
      { status: 'draft', files: [{ file: 'a.txt', text: retitled('Anonymous Attempt') }] },
      null,
    )
    expect(status).toBe(401)
    expect(json.error).toMatch(/sign in/i)
    expect(await snapshot()).toEqual(before)
  })

  it('lets a writer import drafts only', async () => {
    const before = await snapshot()
    const publish = await confirm(
      { status: 'published', files: [{ file: 'w.txt', text: retitled('Writer Published') }] },
      tokens.writer,
    )
    expect(publish.status).toBe(403)
    expect(publish.json.error).toMatch(/drafts only/)
    expect(await snapshot()).toEqual(before)

    const previewed = await preview([{ name: 'w.txt', content: retitled('Writer Draft') }], tokens.writer)
    expect(previewed.json.canPublish).toBe(false)

    const draft = await confirm(
      { status: 'draft', files: [{ file: 'w.txt', text: retitled('Writer Draft') }] },
      tokens.writer,
    )
    expect(draft.status).toBe(200)
    expect(draft.json.files[0]).toMatchObject({ ok: true, status: 'draft' })
    expect((await filmBySlug('writer-draft'))?._status).toBe('draft')
  })

  it("credits what it creates to the signed-in user, so the review workflow's Author filter finds it", async () => {
    const { status } = await confirm(
      { status: 'draft', files: [{ file: 'c.txt', text: retitled('Writer Credited') }] },
      tokens.writer,
    )
    expect(status).toBe(200)
    const film = await filmBySlug('writer-credited')
    // What Filters → Author → equals asks for.
    const mine = { author: { equals: writerUser.id } }
    const of = async (collection: 'symbols' | 'essays', where: Where) =>
      (await payload.find({ collection, where: { and: [where, mine] }, draft: true, pagination: false })).totalDocs
    const all = async (collection: 'symbols' | 'essays', where: Where) =>
      (await payload.count({ collection, where })).totalDocs
    expect(
      (await payload.find({ collection: 'films', where: { and: [{ id: { equals: film?.id } }, mine] }, draft: true }))
        .totalDocs,
    ).toBe(1)
    expect(await of('symbols', { film: { equals: film?.id } })).toBe(
      await all('symbols', { film: { equals: film?.id } }),
    )
    expect(await of('essays', { films: { equals: film?.id } })).toBe(
      await all('essays', { films: { equals: film?.id } }),
    )
    expect(await all('symbols', { film: { equals: film?.id } })).toBeGreaterThan(0)
  })

  it("writes the poster sent with a file as the film's poster, through the Media collection", async () => {
    const png = await sharp({ create: { width: 100, height: 150, channels: 3, background: '#123456' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append(
      'request',
      JSON.stringify({ status: 'draft', files: [{ file: 'p.txt', text: retitled('With A Poster') }] }),
    )
    form.append('poster-0', new File([new Uint8Array(png)], 'p.png', { type: 'image/png' }))
    const { status, json } = await call('confirm', form, { token: tokens.writer })
    expect(status, JSON.stringify(json)).toBe(200)
    const poster = (await filmBySlug('with-a-poster'))?.poster
    expect(poster).toMatchObject({ alt: 'Poster of With A Poster', mimeType: 'image/png', width: 100, height: 150 })
    await payload.delete({ collection: 'media', id: (poster as { id: string | number }).id })
  })

  it('refuses a poster of another type or a fake image, naming it, and writes nothing', async () => {
    const before = await snapshot()
    const media = (await payload.count({ collection: 'media' })).totalDocs
    const send = async (name: string, content: string) => {
      const form = new FormData()
      form.append(
        'request',
        JSON.stringify({ status: 'draft', files: [{ file: 'p.txt', text: retitled('Bad Poster') }] }),
      )
      form.append('poster-0', new File([content], name))
      return call('confirm', form, { token: tokens.editor })
    }
    const gif = await send('p.gif', 'GIF89a')
    expect(gif.status).toBe(400)
    expect((gif.json as { error: string }).error).toBe('p.gif is not a poster: send a .jpg, .png or .webp image.')
    const fake = await send('p.jpg', 'not a JPEG at all')
    expect(fake.status).toBe(400)
    expect((fake.json as ConfirmResponse).files[0]).toMatchObject({ file: 'p.txt', ok: false })
    expect(await snapshot()).toEqual(before)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(media)
  })

  it('keeps a writer from changing a published film, in the preview and on confirm', async () => {
    const edited = seedText.replace('127 min', '128 min')
    const previewed = await preview([{ name: 'seed.txt', content: edited }], tokens.writer)
    expect(previewed.json.files[0]?.ok && previewed.json.files[0].refusal).toMatch(/already published/)

    const before = await snapshot()
    const { status, json } = await confirm(
      { status: 'draft', files: [{ file: 'seed.txt', text: edited }] },
      tokens.writer,
    )
    expect(status).toBe(400)
    expect(json.files[0]).toMatchObject({ file: 'seed.txt', ok: false })
    expect(await snapshot()).toEqual(before)
    expect((await filmBySlug('miracle-in-cell-no-7'))?.runtimeMinutes).toBe(127)
  })

  it("writes through the collections' access rules, not around them", async () => {
    // Without the endpoint's own early checks, the write path itself refuses a writer's publish.
    const before = await snapshot()
    const parsed = parseFilm(retitled('Around The Rules'), { file: 'x.txt' })
    if (!parsed.ok) throw new Error(parsed.error.message)
    const write = writeFilm(payload, parsed.film, {
      draft: false,
      richText: await richTextBuilder(payload),
      user: writerUser,
    })
    await expect(write).rejects.toMatchObject({ status: 403 })
    expect(await snapshot()).toEqual(before)
  })

  it('lets an admin import and publish', async () => {
    const { status, json } = await confirm(
      { status: 'published', files: [{ file: 'admin.txt', text: retitled('Admin Import') }] },
      tokens.admin,
    )
    expect(status).toBe(200)
    expect(json.files[0]).toMatchObject({ ok: true, status: 'published' })
    expect((await filmBySlug('admin-import'))?._status).toBe('published')
  })
})
