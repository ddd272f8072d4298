import { describe, expect, it } from 'vitest'

import { sameSitePath } from '../../src/lib/publicPath'
import { isRevalidationToken, revalidationToken, tagsForChange } from '../../src/lib/revalidate'

describe('tagsForChange', () => {
  it('expires the lists, the page and the search index when a published film changes', () => {
    expect(
      tagsForChange('films', { slug: 'a', _status: 'published' }, { slug: 'a', _status: 'published' }).sort(),
    ).toEqual(['films', 'films:a', 'search'])
  })

  it('also expires the old page when the slug changes', () => {
    expect(
      tagsForChange('films', { slug: 'new', _status: 'published' }, { slug: 'old', _status: 'published' }),
    ).toContain('films:old')
  })

  it('expires what showed the document when it is unpublished', () => {
    expect(tagsForChange('essays', { slug: 'e', _status: 'draft' }, { slug: 'e', _status: 'published' })).toContain(
      'essays:e',
    )
  })

  it('expires pages when a film with a pending draft edit is unpublished', () => {
    expect(tagsForChange('films', { slug: 'f', _status: 'draft' }, { slug: 'f', _status: 'draft' }, true)).toContain(
      'films:f',
    )
  })

  it('does nothing for a draft that was never public', () => {
    expect(tagsForChange('symbols', { slug: 's', _status: 'draft' }, { slug: 's', _status: 'draft' })).toEqual([])
    expect(tagsForChange('films', { slug: 'new', _status: 'draft' }, undefined)).toEqual([])
  })

  it('treats collections without drafts as always public, and only indexed ones touch search', () => {
    expect(tagsForChange('genres', { slug: 'drama' }).sort()).toEqual(['genres', 'genres:drama'])
    expect(tagsForChange('themes', { slug: 'hope' })).toContain('search')
  })
})

describe('the revalidation token', () => {
  it('is accepted only when derived from the same secret', () => {
    const token = revalidationToken('secret-one')
    expect(isRevalidationToken(token, 'secret-one')).toBe(true)
    expect(isRevalidationToken(token, 'secret-two')).toBe(false)
    expect(isRevalidationToken(null, 'secret-one')).toBe(false)
    expect(isRevalidationToken('', 'secret-one')).toBe(false)
  })
})

describe('sameSitePath', () => {
  it('keeps site paths and refuses anything that could leave the site', () => {
    expect(sameSitePath('/films/a?x=1')).toBe('/films/a?x=1')
    for (const bad of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'films',
      null,
      '',
      '/x\r\nSet-Cookie: a=b',
      '/x\u0000',
    ])
      expect(sameSitePath(bad)).toBeNull()
  })
})
