import { describe, expect, it } from 'vitest'

import { currencyFor } from '../../../src/filmText/vocabulary/currencies'
import { GENRES, splitGenres } from '../../../src/filmText/vocabulary/genres'
import { detectOriginalLanguage } from '../../../src/filmText/vocabulary/languages'
import { THEME_VOCABULARY, isModifier, segmentThemes } from '../../../src/filmText/vocabulary/themes'

const texts = (line: string, known?: readonly string[]): string[] => segmentThemes(line, known).map((g) => g.text)

describe('splitGenres', () => {
  it('splits on spaces and returns canonical names', () => {
    expect(splitGenres('Drama Comedy')).toEqual({ ok: true, genres: ['Drama', 'Comedy'], duplicates: [] })
  })

  it('prefers the longest match so two-word genres stay whole', () => {
    expect(splitGenres('Drama Science Fiction Thriller')).toMatchObject({
      genres: ['Drama', 'Science Fiction', 'Thriller'],
    })
    expect(splitGenres('TV Movie Family')).toMatchObject({ genres: ['TV Movie', 'Family'] })
  })

  it('is case-insensitive and canonicalises', () => {
    expect(splitGenres('science fiction tv movie WAR')).toMatchObject({
      genres: ['Science Fiction', 'TV Movie', 'War'],
    })
  })

  it('accepts every TMDB genre on its own', () => {
    for (const genre of GENRES) expect(splitGenres(genre)).toMatchObject({ ok: true, genres: [genre] })
  })

  it('accepts common aliases and tolerates commas', () => {
    expect(splitGenres('Sci-Fi, Horror')).toMatchObject({ genres: ['Science Fiction', 'Horror'] })
  })

  it('names the unknown word', () => {
    expect(splitGenres('Drama Dramedy Comedy')).toEqual({ ok: false, unknown: 'Dramedy' })
  })

  it('reports both words of a misspelt two-word genre', () => {
    expect(splitGenres('Science Fictoin')).toEqual({ ok: false, unknown: 'Science Fictoin' })
  })

  it('reports duplicates once', () => {
    expect(splitGenres('Drama drama')).toEqual({ ok: true, genres: ['Drama'], duplicates: ['Drama'] })
  })
})

describe('isModifier', () => {
  it.each(['Paternal', 'Unconditional', 'Flawed', 'Legal', 'Political', 'Dangerous', 'Tragic', 'Human', 'The'])(
    '%s is a modifier',
    (word) => expect(isModifier(word)).toBe(true),
  )
  it.each(['Found', 'Family', 'System', 'Hope', 'Love', 'Betrayal', 'Parent', 'Punishment', 'Solidarity'])(
    '%s is not a modifier',
    (word) => expect(isModifier(word)).toBe(false),
  )
})

describe('segmentThemes on the four fixtures (empty database)', () => {
  it('Miracle in Cell No. 7', () => {
    const guesses = segmentThemes(
      'Injustice and the Flawed Legal System Unconditional Paternal Love Found Family and Solidarity Sacrifice',
    )
    expect(guesses).toEqual([
      { text: 'Injustice and the Flawed Legal System', source: 'heuristic' },
      { text: 'Unconditional Paternal Love', source: 'heuristic' },
      { text: 'Found Family and Solidarity', source: 'heuristic' },
      { text: 'Sacrifice', source: 'vocabulary' },
    ])
  })

  it('I Am Sam', () => {
    expect(
      texts(
        'Unconditional Paternal Love Injustice and the Flawed Legal System Disability and Dignity Found Family and Solidarity',
      ),
    ).toEqual([
      'Unconditional Paternal Love',
      'Injustice and the Flawed Legal System',
      'Disability and Dignity',
      'Found Family and Solidarity',
    ])
  })

  it('Life Is Beautiful', () => {
    expect(segmentThemes('Unconditional Paternal Love Sacrifice Imagination as Resistance Innocence')).toEqual([
      { text: 'Unconditional Paternal Love', source: 'heuristic' },
      { text: 'Sacrifice', source: 'vocabulary' },
      { text: 'Imagination as Resistance', source: 'heuristic' },
      { text: 'Innocence', source: 'vocabulary' },
    ])
  })

  it('The Shawshank Redemption', () => {
    expect(
      texts('Injustice and the Flawed Legal System Hope Found Family and Solidarity Institutionalization'),
    ).toEqual(['Injustice and the Flawed Legal System', 'Hope', 'Found Family and Solidarity', 'Institutionalization'])
  })
})

describe('segmentThemes rules', () => {
  it('keeps a vocabulary phrase whole even where the heuristic would split it', () => {
    // "Found" is not a modifier, so only the vocabulary entry "Found Family" keeps it attached.
    expect(texts('Hope Found Family')).toEqual(['Hope', 'Found Family'])
  })

  it('splits between capitalised words unless the first is a modifier', () => {
    expect(texts('Prison Life Moral Decay')).toEqual(['Prison', 'Life', 'Moral Decay'])
  })

  it('joins through lowercase connectors, including vs. and &', () => {
    expect(texts('Good vs. Evil Memory & Identity Hope')).toEqual(['Good vs. Evil', 'Memory & Identity', 'Hope'])
  })

  it('treats a capitalised article as the start of a theme', () => {
    expect(texts('Hope The American Dream')).toEqual(['Hope', 'The American Dream'])
  })

  it('trusts explicit commas or semicolons', () => {
    expect(texts('Class Warfare, Hope; Prison Life')).toEqual(['Class Warfare', 'Hope', 'Prison Life'])
  })

  it('returns nothing for an empty line', () => {
    expect(segmentThemes('   ')).toEqual([])
  })

  it('vocabulary stays general: no fixture compound theme is in it', () => {
    const entries = THEME_VOCABULARY.map((t) => t.toLowerCase())
    for (const compound of [
      'injustice and the flawed legal system',
      'unconditional paternal love',
      'found family and solidarity',
      'imagination as resistance',
      'disability and dignity',
    ]) {
      expect(entries).not.toContain(compound)
    }
    expect(THEME_VOCABULARY.length).toBeGreaterThanOrEqual(60)
    expect(THEME_VOCABULARY.length).toBeLessThanOrEqual(120)
  })
})

describe('segmentThemes with knownThemes', () => {
  const seedLine =
    'Injustice and the Flawed Legal System Unconditional Paternal Love Found Family and Solidarity Sacrifice'

  it('a known theme spanning a heuristic split point joins it', () => {
    expect(texts('Hope Prison Life Redemption')).toEqual(['Hope', 'Prison', 'Life', 'Redemption'])
    expect(segmentThemes('Hope Prison Life Redemption', ['Prison Life'])).toEqual([
      { text: 'Hope', source: 'vocabulary' },
      { text: 'Prison Life', source: 'known' },
      { text: 'Redemption', source: 'vocabulary' },
    ])
  })

  it('known themes beat both vocabulary and heuristic and keep their stored spelling', () => {
    const guesses = segmentThemes(seedLine, ['found family and solidarity', 'Sacrifice', 'Unconditional Paternal Love'])
    expect(guesses).toEqual([
      { text: 'Injustice and the Flawed Legal System', source: 'heuristic' },
      { text: 'Unconditional Paternal Love', source: 'known' },
      { text: 'found family and solidarity', source: 'known' },
      { text: 'Sacrifice', source: 'known' },
    ])
  })

  it('a known theme can join two words that would each be a theme of their own', () => {
    expect(texts('Hope Solidarity Sacrifice')).toEqual(['Hope', 'Solidarity', 'Sacrifice'])
    expect(texts('Hope Solidarity Sacrifice', ['Solidarity Sacrifice'])).toEqual(['Hope', 'Solidarity Sacrifice'])
  })

  it('a known sub-phrase never cuts a theme so that a piece would start or end with a connector or modifier', () => {
    // "Flawed Legal System" alone would leave "Injustice and the", which cannot be a theme.
    expect(texts(seedLine, ['Flawed Legal System'])).toEqual(texts(seedLine))
    expect(texts(seedLine, ['Legal System', 'Paternal Love'])).toEqual(texts(seedLine))
  })

  it('a known theme splits a run the heuristic would keep together', () => {
    // "Pageant" ends like an adjective (-ant), so on its own the heuristic joins it to the next word.
    expect(texts('Pageant Resilience')).toEqual(['Pageant Resilience'])
    expect(texts('Pageant Resilience', ['Pageant'])).toEqual(['Pageant', 'Resilience'])
  })

  it('ignores empty and non-string known themes', () => {
    expect(texts('Hope Sacrifice', ['', '  ', 3 as unknown as string])).toEqual(['Hope', 'Sacrifice'])
  })
})

describe('currencyFor', () => {
  it.each([
    ['$', 'USD'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['₩', 'KRW'],
    ['¥', 'JPY'],
    ['₹', 'INR'],
    ['KRW', 'KRW'],
    ['eur', 'EUR'],
    ['HK$', 'HKD'],
  ])('%s → %s', (token, code) => expect(currencyFor(token)).toBe(code))

  it('returns null for unknown symbols', () => {
    expect(currencyFor('XYZ')).toBeNull()
    expect(currencyFor('#')).toBeNull()
    expect(currencyFor('')).toBeNull()
  })
})

describe('detectOriginalLanguage', () => {
  it.each([
    ['7번방의 선물', 'South Korea', 'ko'],
    ['千と千尋の神隠し', 'Japan', 'ja'],
    ['霸王别姬', 'China', 'zh'],
    ['羅生門', 'Japan', 'ja'],
    ['羅生門', null, 'zh'],
    ['Андрей Рублёв', 'Soviet Union', 'ru'],
    ['Тіні забутих предків', 'Ukraine', 'uk'],
    ['وجدة', 'Saudi Arabia', 'ar'],
    ['ואלס עם באשיר', 'Israel', 'he'],
    ['Ζ', 'France', 'el'],
    ['ฉลาดเกมส์โกง', 'Thailand', 'th'],
    ['लगान', 'India', 'hi'],
    ['La vita è bella', 'Italy', 'it'],
    ['Le Samouraï', ' france ', 'fr'],
    ['Der Himmel über Berlin', 'West Germany', 'de'],
    [null, 'Spain', 'es'],
    [null, 'United States of America', 'en'],
  ] as const)('%s / %s → %s', (title, country, language) => {
    expect(detectOriginalLanguage(title, country)).toBe(language)
  })

  it('returns null when neither script nor country tells', () => {
    expect(detectOriginalLanguage('Something', 'Narnia')).toBeNull()
    expect(detectOriginalLanguage(null, null)).toBeNull()
    expect(detectOriginalLanguage('', '')).toBeNull()
  })
})
