import type { Credit } from '@/lib/content'
import { detectOriginalLanguage } from '@/filmText'

/**
 * The language of a person's name in its original script, inferred as the importer infers a film's
 * from its original title: by the script, with the country of their latest film choosing among
 * languages that share it. Null when it cannot tell, so no wrong `lang` is claimed.
 */
export function originalNameLanguage(originalName: string, credits: Credit[]): string | null {
  const country = credits.find((c) => c.film.country)?.film.country ?? null
  return detectOriginalLanguage(originalName, country) ?? null
}
