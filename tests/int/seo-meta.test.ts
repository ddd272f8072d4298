import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Essay, Film, Symbol as FilmSymbol, User } from '@/payload-types'

import { paragraph } from './helpers/lexical'
import { makeUser, startPayload } from './helpers/payload'

// The SEO plugin's meta fields are filled from the content on every write (so the admin's SEO
// panel has no "Missing" badges on imported films), follow the content while an editor has not
// written them, and keep what an editor wrote. The preview's URL is the document's real page.

let payload: Payload
let editor: User
let counter = 0
const unique = () => `seo-${++counter}-${Date.now().toString(36)}`

const LONG_LOGLINE =
  'A heart-wrenching dramedy that blossoms with paternal love within the cold confines of a prison, illuminating the profound bond between a father and daughter.'

beforeAll(async () => {
  payload = await startPayload()
  editor = await makeUser(payload, 'editor')
})

const poster = async () => {
  const data = await sharp({ create: { width: 40, height: 60, channels: 3, background: '#335' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: 'A poster' },
    file: { data, mimetype: 'image/png', name: `${unique()}.png`, size: data.length },
  })
}

const film = async (data: Partial<Film> = {}): Promise<Film> =>
  payload.create({
    collection: 'films',
    data: { title: `Film ${unique()}`, logline: LONG_LOGLINE, _status: 'published', ...data } as Film,
    depth: 0,
  })

describe('meta filled from the content', () => {
  it('gives a film its title, its logline cut to 150 characters at a word, and its poster', async () => {
    const image = await poster()
    const doc = await film({ poster: image.id })
    expect(doc.meta?.title).toBe(doc.title)
    expect(doc.meta?.description).toBe(
      'A heart-wrenching dramedy that blossoms with paternal love within the cold confines of a prison, illuminating the profound bond between a father and…',
    )
    expect(doc.meta?.description?.length).toBeLessThanOrEqual(150)
    expect(doc.meta?.image).toEqual(image.id)
  })

  it('follows the content while the meta is generated, and keeps what an editor wrote', async () => {
    const doc = await film()
    const edited = await payload.update({ collection: 'films', id: doc.id, data: { logline: 'A shorter logline.' } })
    expect(edited.meta?.description).toBe('A shorter logline.')

    const written = await payload.update({
      collection: 'films',
      id: doc.id,
      data: { meta: { description: 'Written by an editor.' } },
    })
    expect(written.meta?.description).toBe('Written by an editor.')
    const later = await payload.update({ collection: 'films', id: doc.id, data: { logline: 'Changed again.' } })
    expect(later.meta?.description).toBe('Written by an editor.')
    expect(later.meta?.title).toBe(doc.title)
  })

  it('titles a symbol after its film and describes it by its meaning; an essay is described by its body', async () => {
    const parent = await film()
    const symbol = await payload.create({
      collection: 'symbols',
      data: {
        name: 'The balloon',
        film: parent.id,
        meaning: paragraph('Freedom, held on a string.'),
        _status: 'published',
      } as FilmSymbol,
    })
    expect(symbol.meta?.title).toBe(`The balloon in ${parent.title}`)
    expect(symbol.meta?.description).toBe('Freedom, held on a string.')
    const essay = await payload.create({
      collection: 'essays',
      data: {
        title: `Essay ${unique()}`,
        kind: 'analysis',
        films: [parent.id],
        body: paragraph('On hope.'),
        _status: 'published',
      } as Essay,
      depth: 0,
    })
    expect(essay.meta).toMatchObject({ title: essay.title, description: 'On hope.' })
  })
})

describe('the SEO preview', () => {
  /** Calls the plugin's generate-url endpoint as the admin's preview does, as the editor. */
  const previewURL = async (body: Record<string, unknown>) => {
    const endpoint = payload.config.endpoints.find((e) => e.path === '/plugin-seo/generate-url')!
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    req.json = () => Promise.resolve(body)
    const response = await endpoint.handler(req)
    return ((await response.json()) as { result: string }).result
  }

  it('shows a symbol’s own page under its film, not the film list', async () => {
    const parent = await film()
    const url = await previewURL({ collectionSlug: 'symbols', doc: { slug: 'the-balloon', film: parent.id } })
    expect(new URL(url).pathname).toBe(`/films/${parent.slug}/symbols/the-balloon`)
  })

  it('shows a film’s and an essay’s own pages', async () => {
    expect(new URL(await previewURL({ collectionSlug: 'films', doc: { slug: 'up' } })).pathname).toBe('/films/up')
    expect(new URL(await previewURL({ collectionSlug: 'essays', doc: { slug: 'on-hope' } })).pathname).toBe(
      '/essays/on-hope',
    )
  })
})
