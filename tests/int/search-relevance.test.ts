import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importFiles } from '../../src/import/importFiles'
import { rankedSearch } from '../../src/lib/search/results'
import { importSampleSite } from './helpers/sampleSite'
import { startPayload } from './helpers/payload'

let payload: Payload

const film = (title: string, original: string, tagline: string, symbol: string, meaning: string) => `${title}
${tagline}
${title}
${title}

${original}

"${tagline}"

1 May 2001 France 122 min ⭐ 8.0 (100)
Director: Fixture Director
Cast: Fixture Actor
Comedy
Whimsy
Box Office: $1,000

Symbols & Motifs

${symbol}

Meaning:

${meaning}

Context:

It appears once.

Philosophical Questions

Is a fixture a film?

Only in a test.

Core Meaning

A film written for the relevance tests.
`

beforeAll(async () => {
  payload = await startPayload()
  await importSampleSite(payload)
  const extra = await importFiles(payload, [
    { file: 'amelie.txt', text: film('Amélie', "Le Fabuleux Destin d'Amélie Poulain", 'A shy waitress changes lives in Montmartre.', 'The Garden Gnome', 'The travelling gnome stands for the world outside.') },
    { file: 'spirited-away.txt', text: film('Spirited Away', '千と千尋の神隠し', 'A girl works in a bathhouse for spirits.', 'The Bathhouse', 'Work as a way back to oneself.') },
  ])
  for (const o of extra) if (!o.ok) throw new Error(o.message)
}, 120_000)

const visitor = { overrideAccess: false } as const

describe('smoke', () => {
  it('prints', async () => {
    for (const q of ['backpack', 'sacrifices', 'amelie', 'amel', '神隠し', '선물', 'justice', 'cell no 7', 'hope', 'la vita e bella', 'locked drawer', 'i am sam', 'legal system']) {
      const r = await rankedSearch(payload, q, 1, visitor)
      console.log(q, r.total, r.results.slice(0, 4).map((x) => `${x.kind}:${x.title}:${x.url}:${x.films.join('|')}`), JSON.stringify(r.results[0]?.snippet))
    }
    expect(1).toBe(1)
  })
})
