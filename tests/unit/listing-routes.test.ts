import { describe, expect, it } from 'vitest'

import { essayFiltersOfView, essaysHref, essaysView } from '../../src/lib/essaysQuery'
import { filmsHref, filmsView, filtersOfView, parseFilmFilters } from '../../src/lib/filmsQuery'
import { atlasFiltersOfView, atlasView } from '../../src/lib/symbolsQuery'
import { isListingPath, listingPathFor, LISTING } from '../../src/lib/listingRoutes'

// Each public list URL is served from one cached internal path: every spelling of the same list
// must land on the same one, and a path nothing would rewrite to must not render.

const viewOf = (query: string) => listingPathFor('/films', new URLSearchParams(query))

describe('listingPathFor', () => {
  it('serves the home page and the themes from their one view', () => {
    expect(listingPathFor('/', new URLSearchParams('utm_source=x'))).toBe(`${LISTING}/home/index`)
    expect(listingPathFor('/themes', new URLSearchParams())).toBe(`${LISTING}/themes/index`)
  })

  it('serves every spelling of one films list from one path', () => {
    const canonical = viewOf('genre=drama&sort=-rating&page=2')
    expect(viewOf('page=2&sort=-rating&genre=drama')).toBe(canonical)
    expect(viewOf('genre=drama&genre=comedy&sort=-rating&page=2&utm_source=feed')).toBe(canonical)
    expect(viewOf('genre=drama&sort=-rating')).not.toBe(canonical)
  })

  it('serves the unfiltered list, whatever is ignored, from one path', () => {
    expect(viewOf('')).toBe(`${LISTING}/films/all`)
    expect(viewOf('page=1&sort=title&genre=NOT A SLUG&decade=1987')).toBe(`${LISTING}/films/all`)
  })

  it('serves every spelling of one essays list from one path, and the plain list from its own', () => {
    const essays = (query: string) => listingPathFor('/essays', new URLSearchParams(query))
    const canonical = essays('kind=core-meaning&film=miracle-in-cell-no-7&page=2')
    expect(canonical).toBe(
      `${LISTING}/essays/${essaysView({ kind: 'core-meaning', film: 'miracle-in-cell-no-7', page: 2 })}`,
    )
    expect(essays('page=2&film=miracle-in-cell-no-7&kind=core-meaning&utm_source=x')).toBe(canonical)
    expect(essays('film=miracle-in-cell-no-7&film=other&kind=core-meaning&kind=analysis&page=2')).toBe(canonical)
    expect(essays('')).toBe(`${LISTING}/essays/all`)
    expect(essays('kind=poem&film=Not A Slug&page=1')).toBe(`${LISTING}/essays/all`)
  })

  it('serves each page of the symbol atlas from one path', () => {
    const atlas = (query: string) => listingPathFor('/symbols', new URLSearchParams(query))
    expect(atlas('')).toBe(`${LISTING}/symbols/all`)
    expect(atlas('page=1&motif=x')).toBe(`${LISTING}/symbols/all`)
    expect(atlas('page=3&utm_source=x')).toBe(atlas('page=3'))
    expect(atlas('page=3')).toBe(`${LISTING}/symbols/${atlasView({ page: 3 })}`)
  })

  it('leaves every other page alone', () => {
    for (const path of ['/films/a-film', '/essays/an-essay', '/search', '/themes/hope', '/admin']) {
      expect(listingPathFor(path, new URLSearchParams())).toBeNull()
    }
  })

  it('knows its own prefix, which is never served directly', () => {
    expect(isListingPath(`${LISTING}/films/all`)).toBe(true)
    expect(isListingPath(LISTING)).toBe(true)
    expect(isListingPath(`${LISTING}ing`)).toBe(false)
  })
})

describe('filtersOfView', () => {
  it('reads back the filters a view was written from', () => {
    const filters = parseFilmFilters({ country: 'South Korea', decade: '2010', sort: '-releaseDate', page: '3' })
    expect(filtersOfView(filmsView(filters))).toEqual(filters)
    expect(filmsHref(filtersOfView(filmsView(filters))!)).toBe(filmsHref(filters))
  })

  it('refuses a view filmsView would never write, so no other spelling is rendered and kept', () => {
    const reordered = Buffer.from('page=2&genre=drama').toString('base64url')
    expect(filtersOfView(reordered)).toBeNull()
    expect(filtersOfView(Buffer.from('genre=drama&page=1').toString('base64url'))).toBeNull()
    expect(filtersOfView('not base64 at all!')).toBeNull()
    expect(filtersOfView('')).toBeNull()
  })
})

describe('the essays and atlas views', () => {
  it('read back the filters they were written from', () => {
    const filters = { kind: 'philosophical-question', film: 'i-am-sam', page: 4 } as const
    expect(essayFiltersOfView(essaysView(filters))).toEqual(filters)
    expect(essaysHref(filters)).toBe('/essays?kind=philosophical-question&film=i-am-sam&page=4')
    expect(atlasFiltersOfView(atlasView({ page: 7 }))).toEqual({ page: 7 })
  })

  it('refuse a view their href would never write', () => {
    expect(essayFiltersOfView(Buffer.from('film=i-am-sam&kind=analysis').toString('base64url'))).toBeNull()
    expect(essayFiltersOfView(Buffer.from('kind=poem').toString('base64url'))).toBeNull()
    expect(atlasFiltersOfView(Buffer.from('page=1').toString('base64url'))).toBeNull()
    expect(atlasFiltersOfView(Buffer.from('page=02').toString('base64url'))).toBeNull()
  })
})
