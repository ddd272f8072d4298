import { FilmCardList } from '@/components/film/FilmCardList'
import { listFilms } from '@/lib/content'

// Rendered per request until on-demand revalidation lands: a visitor never sees stale content.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const { films } = await listFilms()
  return (
    <div className="page">
      <h1 className="page-title">Films</h1>
      <FilmCardList films={films} />
    </div>
  )
}
