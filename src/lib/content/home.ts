import { payloadClient } from '../payload'
import { collectionTag } from '../tags'
import { listLatestEssays } from './essays'
import { FILM_CARD_SELECT, toFilmCard, type EssayCard, type FilmCard, type ThemeSummary } from './shapes'
import { listWidestThemes } from './taxonomy'
import { asViewer } from './viewer'

/** How many themes the home page shows. */
const HOME_THEMES = 8

export type HomeContent = { featured: FilmCard[]; latest: FilmCard[]; essays: EssayCard[]; themes: ThemeSummary[] }

/** Featured analyses first, then the newest; the latest essays; the themes spanning most films. */
export async function getHomeContent(): Promise<HomeContent> {
  const [films, essays, themes] = await Promise.all([
    asViewer(['home:films'], [collectionTag('films'), collectionTag('media')], async (access) => {
      const payload = await payloadClient()
      const [featured, latest] = await Promise.all([
        payload.find({
          collection: 'films',
          ...access,
          where: { featured: { equals: true } },
          sort: '-createdAt',
          limit: 3,
          pagination: false,
          depth: 1,
          select: FILM_CARD_SELECT,
        }),
        payload.find({
          collection: 'films',
          ...access,
          sort: '-createdAt',
          limit: 9,
          pagination: false,
          depth: 1,
          select: FILM_CARD_SELECT,
        }),
      ])
      return { featured: featured.docs.map(toFilmCard), latest: latest.docs.map(toFilmCard) }
    }),
    listLatestEssays(4),
    listWidestThemes(HOME_THEMES),
  ])
  const featuredIds = new Set(films.featured.map((f) => String(f.id)))
  return {
    featured: films.featured,
    latest: films.latest.filter((f) => !featuredIds.has(String(f.id))).slice(0, 6),
    essays,
    themes,
  }
}
