/** Image types a poster may have; the server checks them again (src/import/admin/posters.ts). */
const POSTER_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp']

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot).toLowerCase() : ''
}
const stemOf = (name: string): string => name.slice(0, name.length - extensionOf(name).length)

export const isPosterFile = (file: File): boolean => POSTER_EXTENSIONS.includes(extensionOf(file.name))

/**
 * As on the command line, `film.jpg` chosen with `film.txt` is that film's poster: each text
 * file's poster by their shared name, or null.
 */
export function postersFor(texts: File[], images: File[]): (File | null)[] {
  return texts.map((text) => images.find((image) => stemOf(image.name) === stemOf(text.name)) ?? null)
}

/** Images whose text file was not chosen with them: said to the editor rather than dropped silently. */
export const unpairedImages = (texts: File[], images: File[]): File[] =>
  images.filter((image) => !texts.some((text) => stemOf(text.name) === stemOf(image.name)))
