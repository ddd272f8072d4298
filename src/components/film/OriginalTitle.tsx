import type { Film } from '@/payload-types'
import { CjkFontFaces } from '@/components/layout/CjkFontFaces'

type Props = { film: Pick<Film, 'title' | 'originalTitle' | 'originalLanguage'>; className: string }

/** The title in its own language and script, marked with its language so it is read and shaped right. */
export function OriginalTitle({ film, className }: Props) {
  if (!film.originalTitle || film.originalTitle === film.title) return null
  return (
    <p className={className} lang={film.originalLanguage ?? undefined}>
      <CjkFontFaces text={film.originalTitle} lang={film.originalLanguage} />
      {film.originalTitle}
    </p>
  )
}
