import { describe, expect, it } from 'vitest'

import { filmsHref, filmsView, filtersOfView, parseFilmFilters } from '../../src/lib/filmsQuery'
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

  it('leaves every other page alone', () => {
    for (const path of ['/films/a-film', '/search', '/themes/hope', '/admin']) {
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
