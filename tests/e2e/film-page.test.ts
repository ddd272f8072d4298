import { readFileSync } from 'node:fs'

import { beforeAll, describe, expect, it } from 'vitest'

import { getPage } from './helpers/http'

// The seed film's page, served by a production build from a migrated database that the
// importer filled, must show every fact and section of the analysis file.

const seed = readFileSync(new URL('../../src/seed/films/miracle-in-cell-no-7.txt', import.meta.url), 'utf8')
const paragraphsAfter = (heading: string, until: string) =>
  seed
    .split(`\n${heading}\n`)[1]!
    .split(`\n${until}\n`)[0]!
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

let page: { status: number; html: string; text: string }

beforeAll(async () => {
  page = await getPage('/films/miracle-in-cell-no-7')
})

describe('the seed film page', () => {
  it('is served', () => {
    expect(page.status).toBe(200)
    expect(page.html).toMatch(/<title>Miracle in Cell No\. 7 — Subtext<\/title>/)
  })

  it('shows the header facts', () => {
    for (const fact of [
      'Miracle in Cell No. 7',
      'A heart-wrenching dramedy that blossoms with paternal love within the cold confines of a prison',
      "“If caught, they're all doomed!”",
      '23 January 2013',
      'South Korea',
      '2 h 7 min',
      '7.9 / 10 (470 votes)',
      'Director Lee Hwan-kyung',
      'Ryu Seung-ryong, Park Shin-hye, Kal So-won, Jung Jin-young, Oh Dal-su',
      'Drama, Comedy',
      'Injustice and the Flawed Legal System, Unconditional Paternal Love, Found Family and Solidarity, Sacrifice',
      'US$80,300,000',
    ]) {
      expect(page.text).toContain(fact)
    }
  })

  it('marks the original title with its language', () => {
    expect(page.html).toMatch(/<p class="original-title" lang="ko">7번방의 선물<\/p>/)
  })

  it('shows every symbol with its meaning and context', () => {
    expect(page.text).toContain('Symbols & Motifs')
    for (const line of paragraphsAfter('Symbols & Motifs', 'Philosophical Questions')) {
      expect(page.text).toContain(line.replace(/:$/, ''))
    }
  })

  it('shows the philosophical questions and the core meaning', () => {
    for (const line of paragraphsAfter('Philosophical Questions', 'Core Meaning')) expect(page.text).toContain(line)
    expect(page.text).toContain('Core Meaning')
    expect(page.text).toContain(seed.split('\nCore Meaning\n')[1]!.trim())
  })
})

describe('unpublished and unknown films', () => {
  it('are not listed on the home page, which lists the published ones', async () => {
    const home = await getPage('/')
    expect(home.text).toContain('Miracle in Cell No. 7')
    expect(home.text).toContain('The Shawshank Redemption')
    expect(home.text).not.toContain('The Unfinished Draft')
  })

  it('give 404', async () => {
    expect((await getPage('/films/the-unfinished-draft')).status).toBe(404)
    expect((await getPage('/films/no-such-film')).status).toBe(404)
  })
})
