import type { ThemeSummary } from '@/lib/content'
import { paths } from '@/lib/urls'

const films = (n: number) => `${n} ${n === 1 ? 'film' : 'films'}`

/** Themes with how many films carry them; `describe` adds each theme's description. */
export function ThemeList({ themes, describe = false }: { themes: ThemeSummary[]; describe?: boolean }) {
  if (themes.length === 0) return <p className="empty">No themes yet.</p>
  return (
    <ul className={describe ? 'theme-list theme-list--described' : 'theme-list'}>
      {themes.map((theme) => (
        <li key={theme.id}>
          <a href={paths.theme(theme.slug)}>{theme.name}</a> <span className="count">{films(theme.filmCount)}</span>
          {describe && theme.description ? <p>{theme.description}</p> : null}
        </li>
      ))}
    </ul>
  )
}
