import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { Essay, Film, Genre, Media, Person, User } from '@/payload-types'
import type { EssayBody, FilmAnalysis } from '@/lib/content'

import { JsonLd } from '@/components/seo/JsonLd'
import { articleJsonLd, isoDuration, movieJsonLd } from '@/lib/seo/jsonld'
import { DESCRIPTION_MAX, pageMetadata, SITE_DESCRIPTION, siteMetadata } from '@/lib/seo/metadata'
import { OG_LIMITS, ogImagePath, ogText } from '@/lib/seo/og'
import { buildRss } from '@/lib/seo/rss'
import { truncate } from '@/lib/seo/text'

// siteMetadata reads the origin when its module loads, before any test body runs.
vi.hoisted(() => {
  process.env.NEXT_PUBLIC_SERVER_URL = 'https://subtext.example/'
})

const content = vi.hoisted(() => ({
  listPublishedPaths: vi.fn(),
  listSitemapSegments: vi.fn(),
  listFeedItems: vi.fn(),
  SITEMAP_MAX_URLS: 50_000,
}))
vi.mock('@/lib/content', () => content)

const SITE = 'https://subtext.example'
const STAMP = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-01T00:00:00.000Z' }

const person = (id: number, name: string, slug: string, originalName?: string): Person => ({
  id,
  name,
  slug,
  originalName,
  ...STAMP,
})
const genre = (id: number, name: string): Genre => ({ id, name, slug: name.toLowerCase(), ...STAMP })

const poster: Media = {
  id: 9,
  alt: 'A father and daughter under a prison window',
  url: '/api/media/file/miracle.jpg',
  width: 2000,
  height: 3000,
  sizes: { large: { url: '/api/media/file/miracle-1600x2400.webp', width: 1600, height: 2400 } },
  ...STAMP,
}

const body: Essay['body'] = { root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } }
const essayBody = (id: number, title: string, slug: string, kind: EssayBody['kind']): EssayBody => ({
  id,
  title,
  slug,
  kind,
  body,
  order: id,
  publishedAt: '2024-03-0' + id + 'T09:00:00.000Z',
})

const lee = person(1, 'Lee Hwan-kyung', 'lee-hwan-kyung', '이환경')
const ryu = person(2, 'Ryu Seung-ryong', 'ryu-seung-ryong')
const park = person(3, 'Park Shin-hye', 'park-shin-hye')

const film: Film = {
  id: 7,
  title: 'Miracle in Cell No. 7',
  slug: 'miracle-in-cell-no-7',
  logline: 'A father and daughter find each other inside a prison.',
  originalTitle: '7번방의 선물',
  originalLanguage: 'ko',
  releaseDate: '2013-01-23T12:00:00.000Z',
  country: 'South Korea',
  runtimeMinutes: 127,
  rating: { score: 7.9, votes: 470 },
  // 41, 42 and 43 are documents the visitor may not read: they arrive unpopulated.
  directors: [lee, 41],
  cast: [
    { person: ryu, character: 'Lee Yong-gu' },
    { person: 42, character: 'Hidden' },
    { person: park, character: 'Ye-sung (adult)' },
    { person: ryu, character: 'Narrator' },
  ],
  genres: [genre(5, 'Drama'), 43, genre(6, 'Comedy')],
  poster,
  ...STAMP,
}

const analysis: FilmAnalysis = {
  symbols: [],
  questions: [essayBody(1, 'Can a flawed system still deliver justice?', 'flawed-justice', 'philosophical-question')],
  coreMeaning: essayBody(2, 'Love outlasts the cell', 'love-outlasts-the-cell', 'core-meaning'),
  essays: [],
}

const essay: Essay = {
  id: 30,
  title: 'The yellow backpack',
  slug: 'the-yellow-backpack',
  kind: 'analysis',
  films: [film, 99],
  body,
  author: 12,
  publishedAt: '2024-03-05T09:00:00.000Z',
  ...STAMP,
}

describe('truncate', () => {
  it('leaves short text alone apart from collapsing whitespace', () => {
    expect(truncate('  A quiet\n\tfilm  ', 20)).toBe('A quiet film')
  })

  it('cuts at a word boundary and marks the cut', () => {
    expect(truncate('The lantern, the backpack and the balloon', 20)).toBe('The lantern, the…')
  })

  it('cuts inside one overlong word rather than returning almost nothing', () => {
    expect(truncate('Antidisestablishmentarianism', 10)).toBe('Antidises…')
  })

  it('never splits a character made of two UTF-16 units', () => {
    const cut = truncate('🎬'.repeat(30), 10)
    expect(Array.from(cut)).toHaveLength(10)
    expect(cut).toBe(`${'🎬'.repeat(9)}…`)
  })
})

describe('pageMetadata', () => {
  const film7 = () =>
    pageMetadata({
      title: 'Miracle in Cell No. 7',
      description: 'A father and daughter.',
      path: '/films/miracle-in-cell-no-7',
      type: 'video.movie',
    })

  it('gives an absolute canonical URL that Open Graph shares, and keeps the feed link', () => {
    const meta = film7()
    expect(meta.title).toBe('Miracle in Cell No. 7')
    expect(meta.alternates).toEqual({
      canonical: `${SITE}/films/miracle-in-cell-no-7`,
      types: { 'application/rss+xml': '/feed.xml' },
    })
    expect(meta.openGraph).toMatchObject({
      title: 'Miracle in Cell No. 7',
      description: 'A father and daughter.',
      url: `${SITE}/films/miracle-in-cell-no-7`,
      siteName: 'Subtext',
      type: 'video.movie',
    })
    expect(meta.robots).toBeUndefined()
  })

  it('points to the generated image when the page has none', () => {
    const meta = film7()
    const image = {
      url: `${SITE}/og?title=Miracle+in+Cell+No.+7`,
      alt: 'Miracle in Cell No. 7',
      width: 1200,
      height: 630,
    }
    expect(meta.openGraph?.images).toEqual([image])
    expect(meta.twitter).toEqual({
      card: 'summary_large_image',
      title: 'Miracle in Cell No. 7',
      description: 'A father and daughter.',
      images: [image],
    })
  })

  it('passes a kicker to the generated image', () => {
    const meta = pageMetadata({ title: 'Grief', path: '/themes/grief', kicker: 'Theme' })
    expect(meta.openGraph?.images).toEqual([expect.objectContaining({ url: `${SITE}/og?title=Grief&kicker=Theme` })])
  })

  it("uses an uploaded image's large size, made absolute, with its size and alt text", () => {
    const meta = pageMetadata({ title: 'Miracle in Cell No. 7', path: '/films/miracle-in-cell-no-7', image: poster })
    const image = { url: `${SITE}/api/media/file/miracle-1600x2400.webp`, width: 1600, height: 2400, alt: poster.alt }
    expect(meta.openGraph?.images).toEqual([image])
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [image] })
  })

  it('falls back to the original upload and keeps a URL that is already absolute', () => {
    const original: Media = { ...poster, url: 'https://cdn.example/miracle.jpg', sizes: {} }
    const meta = pageMetadata({ title: 'Miracle', path: '/films/m', image: original })
    expect(meta.openGraph?.images).toEqual([
      { url: 'https://cdn.example/miracle.jpg', width: 2000, height: 3000, alt: poster.alt },
    ])
  })

  it('asks search engines not to index when told', () => {
    expect(pageMetadata({ title: 'Search', path: '/search', noindex: true }).robots).toEqual({
      index: false,
      follow: true,
    })
  })

  it('trims a long description to the limit at a word boundary', () => {
    const long =
      'Yong-gu, a man with an intellectual disability, is wrongly convicted of murder and shares a cell with hardened criminals who, moved by his devotion, smuggle his six-year-old daughter into the prison.'
    const meta = pageMetadata({ title: 'Miracle', path: '/films/m', description: long })
    const description = meta.description!
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX)
    expect(description.length).toBeGreaterThan(DESCRIPTION_MAX - 20)
    expect(description.endsWith('…')).toBe(true)
    const kept = description.slice(0, -1)
    expect(long.startsWith(kept)).toBe(true)
    expect(long[kept.length]).toBe(' ')
    expect(meta.openGraph?.description).toBe(description)
    expect(meta.twitter?.description).toBe(description)
  })

  it("uses the site's description when the page has none", () => {
    expect(pageMetadata({ title: 'Films', path: '/films', description: '  ' }).description).toBe(SITE_DESCRIPTION)
  })

  it('dates articles, and only articles', () => {
    const article = pageMetadata({
      title: 'Essay',
      path: '/essays/e',
      type: 'article',
      publishedTime: '2024-03-05T09:00:00.000Z',
    })
    expect(article.openGraph).toMatchObject({ type: 'article', publishedTime: '2024-03-05T09:00:00.000Z' })
    const movie = pageMetadata({
      title: 'Film',
      path: '/films/f',
      type: 'video.movie',
      publishedTime: '2024-03-05T09:00:00.000Z',
    })
    expect(movie.openGraph).not.toHaveProperty('publishedTime')
  })

  it("keeps the home page's title out of the template", () => {
    expect(pageMetadata({ title: 'Subtext — film analysis', path: '/' }).title).toEqual({
      absolute: 'Subtext — film analysis',
    })
  })
})

describe('siteMetadata', () => {
  it('sets the origin, the title template and the feed link for the whole site', () => {
    expect(String(siteMetadata.metadataBase)).toBe(`${SITE}/`)
    expect(siteMetadata.title).toEqual({ default: 'Subtext — film analysis', template: '%s — Subtext' })
    expect(siteMetadata.description).toBe(SITE_DESCRIPTION)
    expect(siteMetadata.alternates?.types).toEqual({ 'application/rss+xml': '/feed.xml' })
  })
})

describe('movieJsonLd', () => {
  const ld = movieJsonLd(film, analysis)

  it('describes the film as a schema.org Movie', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Miracle in Cell No. 7',
      alternateName: '7번방의 선물',
      url: `${SITE}/films/miracle-in-cell-no-7`,
      description: 'A father and daughter find each other inside a prison.',
      datePublished: '2013-01-23',
      duration: 'PT2H7M',
      countryOfOrigin: { '@type': 'Country', name: 'South Korea' },
      inLanguage: 'ko',
      image: `${SITE}/api/media/file/miracle-1600x2400.webp`,
    })
  })

  it('rates out of ten with the number of votes', () => {
    expect(ld.aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 7.9,
      ratingCount: 470,
      bestRating: 10,
      worstRating: 0,
    })
  })

  it('names populated people and genres only, each actor once', () => {
    expect(ld.genre).toEqual(['Drama', 'Comedy'])
    expect(ld.director).toEqual([
      { '@type': 'Person', name: 'Lee Hwan-kyung', alternateName: '이환경', url: `${SITE}/people/lee-hwan-kyung` },
    ])
    expect(ld.actor).toEqual([
      { '@type': 'Person', name: 'Ryu Seung-ryong', url: `${SITE}/people/ryu-seung-ryong` },
      { '@type': 'Person', name: 'Park Shin-hye', url: `${SITE}/people/park-shin-hye` },
    ])
  })

  it("links the film's essays as works about it, in page order", () => {
    expect(ld.subjectOf).toEqual([
      {
        '@type': 'Article',
        headline: 'Can a flawed system still deliver justice?',
        url: `${SITE}/essays/flawed-justice`,
        datePublished: '2024-03-01T09:00:00.000Z',
      },
      {
        '@type': 'Article',
        headline: 'Love outlasts the cell',
        url: `${SITE}/essays/love-outlasts-the-cell`,
        datePublished: '2024-03-02T09:00:00.000Z',
      },
    ])
  })

  it('leaves out what the film does not have instead of writing nulls', () => {
    const bare = movieJsonLd(
      {
        id: 8,
        title: 'Untitled',
        slug: 'untitled',
        originalTitle: 'Untitled',
        rating: { score: 6, votes: null },
        poster: 9,
        directors: [41],
        ...STAMP,
      },
      { symbols: [], questions: [], coreMeaning: null, essays: [] },
    )
    expect(bare).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Untitled',
      url: `${SITE}/films/untitled`,
    })
  })

  it('writes ISO 8601 durations', () => {
    expect([isoDuration(127), isoDuration(120), isoDuration(45), isoDuration(0), isoDuration(null)]).toEqual([
      'PT2H7M',
      'PT2H',
      'PT45M',
      undefined,
      undefined,
    ])
  })
})

describe('articleJsonLd', () => {
  it('describes an essay about its films, by Subtext when the author is not readable', () => {
    const subtext = { '@type': 'Organization', name: 'Subtext', url: `${SITE}/` }
    expect(articleJsonLd(essay, [{ id: 7, title: film.title, slug: film.slug }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'The yellow backpack',
      url: `${SITE}/essays/the-yellow-backpack`,
      mainEntityOfPage: `${SITE}/essays/the-yellow-backpack`,
      datePublished: '2024-03-05T09:00:00.000Z',
      dateModified: STAMP.updatedAt,
      about: [{ '@type': 'Movie', name: 'Miracle in Cell No. 7', url: `${SITE}/films/miracle-in-cell-no-7` }],
      author: subtext,
      publisher: subtext,
    })
  })

  it('credits a populated author and falls back to the creation date', () => {
    const author = {
      id: 12,
      name: 'Min-ji Seo',
      role: 'writer',
      email: 'm@subtext.example',
      collection: 'users',
      ...STAMP,
    } satisfies User
    const ld = articleJsonLd(
      { ...essay, author, publishedAt: null, meta: { description: 'On a backpack.', image: poster } },
      [],
    )
    expect(ld).toMatchObject({
      author: { '@type': 'Person', name: 'Min-ji Seo' },
      datePublished: STAMP.createdAt,
      description: 'On a backpack.',
      image: `${SITE}/api/media/file/miracle-1600x2400.webp`,
    })
    expect(ld).not.toHaveProperty('about')
  })
})

describe('<JsonLd>', () => {
  const hostile = {
    name: '</script><script>alert(1)</script>',
    note: '<!-- a comment opener & an ampersand > arrow',
    lines: 'one\u2028two\u2029three',
  }
  const markup = renderToStaticMarkup(JsonLd({ data: hostile }))

  it('renders one JSON-LD script that no string inside can close or comment out', () => {
    expect(markup.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(markup.match(/<\/script/gi)).toHaveLength(1)
    expect(markup.endsWith('</script>')).toBe(true)
    expect(markup.match(/<script/gi)).toHaveLength(1)
    expect(markup).not.toContain('<!--')
    expect(markup).not.toMatch(/[\u2028\u2029]/)
  })

  it('keeps the data intact for a JSON reader', () => {
    const json = markup.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect(json).not.toMatch(/[<>&]/)
    expect(JSON.parse(json)).toEqual(hostile)
  })
})

describe('buildRss', () => {
  const items = [
    {
      title: 'Tom & Jerry <Redux> "quoted"',
      path: '/films/tom-jerry',
      date: '2013-01-23T12:00:00.000Z',
      description: "It's <b>bold</b> & \u0000odd",
    },
    {
      title: 'The yellow backpack',
      path: '/essays/the-yellow-backpack',
      date: '2024-03-05T09:00:00.000Z',
      description: null,
    },
  ]
  const xml = buildRss(items, { siteURL: SITE })

  it('escapes every value and drops characters XML cannot hold', () => {
    expect(xml).toContain('<title>Tom &amp; Jerry &lt;Redux&gt; &quot;quoted&quot;</title>')
    expect(xml).toContain('<description>It&apos;s &lt;b&gt;bold&lt;/b&gt; &amp; odd</description>')
    expect(xml).not.toContain('\u0000')
    expect(xml).not.toContain('<b>')
  })

  it('links each item by its permanent absolute URL and dates it in RFC 822', () => {
    expect(xml).toContain(
      `<item><title>Tom &amp; Jerry &lt;Redux&gt; &quot;quoted&quot;</title><link>${SITE}/films/tom-jerry</link><guid isPermaLink="true">${SITE}/films/tom-jerry</guid><pubDate>Wed, 23 Jan 2013 12:00:00 GMT</pubDate>`,
    )
    expect(xml).toContain(
      `<item><title>The yellow backpack</title><link>${SITE}/essays/the-yellow-backpack</link><guid isPermaLink="true">${SITE}/essays/the-yellow-backpack</guid><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>`,
    )
  })

  it('describes the channel, links to itself and is dated by its newest item', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
      ),
    ).toBe(true)
    expect(xml).toContain(
      `<title>Subtext</title>\n<link>${SITE}/</link>\n<description>${SITE_DESCRIPTION}</description>`,
    )
    expect(xml).toContain(`<atom:link href="${SITE}/feed.xml" rel="self" type="application/rss+xml"/>`)
    expect(xml).toContain('<lastBuildDate>Tue, 05 Mar 2024 09:00:00 GMT</lastBuildDate>')
    expect(xml.trimEnd().endsWith('</channel>\n</rss>')).toBe(true)
  })

  it('dates an empty feed by when it was built', () => {
    const empty = buildRss([], { siteURL: SITE, now: new Date('2025-06-01T00:00:00.000Z') })
    expect(empty).toContain('<lastBuildDate>Sun, 01 Jun 2025 00:00:00 GMT</lastBuildDate>')
    expect(empty).not.toContain('<item>')
  })
})

describe('site routes', () => {
  beforeEach(() => {
    content.listSitemapSegments.mockResolvedValue([
      { id: 'films-1', collection: 'films', page: 1, urls: 1 },
      { id: 'essays-1', collection: 'essays', page: 1, urls: 1 },
    ])
    content.listPublishedPaths.mockImplementation(({ collection }: { collection: string }) =>
      Promise.resolve(
        collection === 'films'
          ? [{ path: '/films/miracle-in-cell-no-7', lastModified: '2024-02-01T00:00:00.000Z' }]
          : [{ path: '/essays/the-yellow-backpack', lastModified: '2024-03-05T09:00:00.000Z' }],
      ),
    )
    content.listFeedItems.mockResolvedValue([
      { title: 'A & B', path: '/films/a-b', date: '2024-01-01T00:00:00.000Z', description: null },
    ])
  })

  it('lists the index pages and every published page in /sitemap.xml, absolute and dated', async () => {
    const { GET, dynamic } = await import('@/app/(frontend)/sitemap.xml/route')
    expect(dynamic).toBe('force-dynamic')
    const response = await GET()
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(await response.text()).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        `<url><loc>${SITE}/</loc></url>`,
        `<url><loc>${SITE}/films</loc></url>`,
        `<url><loc>${SITE}/themes</loc></url>`,
        `<url><loc>${SITE}/symbols</loc></url>`,
        `<url><loc>${SITE}/essays</loc></url>`,
        `<url><loc>${SITE}/films/miracle-in-cell-no-7</loc><lastmod>2024-02-01T00:00:00.000Z</lastmod></url>`,
        `<url><loc>${SITE}/essays/the-yellow-backpack</loc><lastmod>2024-03-05T09:00:00.000Z</lastmod></url>`,
        '</urlset>',
        '',
      ].join('\n'),
    )
  })

  it('makes /sitemap.xml a sitemap index of files of at most 50,000 URLs past 50,000', async () => {
    content.listSitemapSegments.mockResolvedValue([
      { id: 'films-1', collection: 'films', page: 1, urls: 10_000 },
      { id: 'symbols-1', collection: 'symbols', page: 1, urls: 50_000 },
      { id: 'symbols-2', collection: 'symbols', page: 2, urls: 10_000 },
    ])
    const { GET } = await import('@/app/(frontend)/sitemap.xml/route')
    const index = await (await GET()).text()
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(index.match(/<sitemap><loc>[^<]+<\/loc><\/sitemap>/g)).toEqual(
      ['films-1', 'symbols-1', 'symbols-2'].map((id) => `<sitemap><loc>${SITE}/sitemap/${id}.xml</loc></sitemap>`),
    )
    const { GET: file } = await import('@/app/(frontend)/sitemap/[file]/route')
    const at = (name: string) =>
      file(new Request(`${SITE}/sitemap/${name}`), { params: Promise.resolve({ file: name }) })
    const first = await (await at('films-1.xml')).text()
    expect(first).toContain(`<url><loc>${SITE}/</loc></url>`)
    expect(first).toContain(`<loc>${SITE}/films/miracle-in-cell-no-7</loc>`)
    const second = await (await at('symbols-1.xml')).text()
    expect(second).not.toContain(`<url><loc>${SITE}/</loc></url>`)
    expect(content.listPublishedPaths).toHaveBeenLastCalledWith(
      expect.objectContaining({ collection: 'symbols', page: 1 }),
    )
    expect((await at('symbols-9.xml')).status).toBe(404)
  })

  it('keeps crawlers out of the admin, the API, previews and search, and points them to the sitemap', async () => {
    const { default: robots, dynamic } = await import('@/app/robots')
    expect(dynamic).toBe('force-dynamic')
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/preview', '/search'] },
      sitemap: `${SITE}/sitemap.xml`,
    })
  })

  it('serves the feed as UTF-8 RSS', async () => {
    const { GET, dynamic } = await import('@/app/(frontend)/feed.xml/route')
    expect(dynamic).toBe('force-dynamic')
    const response = await GET()
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(await response.text()).toContain(`<item><title>A &amp; B</title><link>${SITE}/films/a-b</link>`)
  })
})

describe('generated Open Graph image', () => {
  it('keeps only what the bundled font can draw, and nothing without a letter', () => {
    expect(ogText('Amélie  —  Jeunet', 50)).toBe('Amélie — Jeunet')
    expect(ogText('Miracle 🎬 in 선물 Cell', 50)).toBe('Miracle in Cell')
    expect(ogText('7번방의 선물', 50)).toBe('')
    expect(ogText(null, 50)).toBe('')
    expect(Array.from(ogText('word '.repeat(100), OG_LIMITS.title)).length).toBeLessThanOrEqual(OG_LIMITS.title)
  })

  it('shortens the title in the image URL', () => {
    const title = new URL(ogImagePath('long '.repeat(100)), SITE).searchParams.get('title')!
    expect(title.length).toBeLessThanOrEqual(OG_LIMITS.title)
  })

  // PNG: 8-byte signature, then the IHDR chunk whose data starts with width and height.
  const dimensions = (png: Buffer) => ({
    signature: png.subarray(1, 4).toString('latin1'),
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
  })

  it.each([
    ['no title', ''],
    ['a normal title', '?title=Miracle+in+Cell+No.+7&kicker=Film'],
    ['an overlong title', `?title=${'Endless '.repeat(400)}&kicker=${'k'.repeat(300)}`],
    ['odd input', `?title=${encodeURIComponent('</div>\u0000🎬 7번방의 선물 \u202e&amp;')}&kicker=%E0%A4%A`],
  ])(
    'renders a 1200×630 PNG without going to the network for %s',
    async (_, query) => {
      // next/og loads its own WebAssembly from data: URLs; anything else would be a font or emoji download.
      const offline = globalThis.fetch
      const downloads: string[] = []
      const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
        const url = input instanceof Request ? input.url : String(input)
        if (url.startsWith('data:')) return offline(input, init)
        downloads.push(url)
        return Promise.reject(new Error('offline'))
      })
      try {
        const { GET } = await import('@/app/(frontend)/og/route')
        const response = GET(new Request(`${SITE}/og${query}`))
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type')).toBe('image/png')
        expect(dimensions(Buffer.from(await response.arrayBuffer()))).toEqual({
          signature: 'PNG',
          width: 1200,
          height: 630,
        })
        expect(downloads).toEqual([])
      } finally {
        fetch.mockRestore()
      }
    },
    60_000,
  )
})
