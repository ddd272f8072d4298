import { readFileSync } from 'node:fs'
import path from 'node:path'

// Noto Sans KR and JP for Korean and Japanese text on systems without a font for it (Debian with
// DejaVu alone): each comes from Fontsource as about 120 woff2 files, one per unicode-range. Their
// stylesheets declare all of them, 25 + 32 KB gzipped of CSS that every page paid for, though
// few show such text. Here a component that shows such text declares only the faces its own
// characters fall in (a handful of rules), from Fontsource's own map of the files
// (unicode.json), and the files are served by /fonts/<file> (src/app/(frontend)/fonts/).
// Read from the working directory, as the cover fonts are (src/cover/fonts.ts), so the bundler
// never packs the maps.

type Face = { file: string; ranges: (readonly [number, number])[]; unicodeRange: string }
type Family = { name: string; faces: Face[] }

const PACKAGES = { ko: 'noto-sans-kr', ja: 'noto-sans-jp' } as const
const packageDir = (pkg: string) => path.join(process.cwd(), 'node_modules', '@fontsource-variable', pkg)

/** The version of the packages, in the files' address so they can be cached for good. */
const version = (pkg: string): string =>
  (JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string }).version

const families = new Map<string, Family>()

function family(lang: keyof typeof PACKAGES): Family {
  const pkg = PACKAGES[lang]
  let known = families.get(pkg)
  if (!known) {
    const slices = JSON.parse(readFileSync(path.join(packageDir(pkg), 'unicode.json'), 'utf8')) as Record<
      string,
      string
    >
    const v = version(pkg)
    known = {
      name: `Noto Sans ${lang === 'ko' ? 'KR' : 'JP'} Variable`,
      faces: Object.entries(slices).map(([slice, unicodeRange]) => ({
        file: `${pkg}-${v}-${slice.replace(/\D/g, '')}.woff2`,
        unicodeRange,
        ranges: unicodeRange.split(',').map((range) => {
          const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-')
          return [parseInt(from!, 16), parseInt(to!, 16)] as const
        }),
      })),
    }
    families.set(pkg, known)
  }
  return known
}

/** Below this, letters are Latin, Greek, Cyrillic and the like: the serif and the system draw them. */
const FIRST_CJK = 0x1100

/**
 * The @font-face rules for the characters of `text` that need a Korean or Japanese font: the face
 * of each character's file only, in the order styles.css tries the families (Japanese first in
 * Japanese text, where the two draw the same kanji differently). Empty when the text needs none.
 */
export function cjkFontFaces(text: string, lang?: string | null): string {
  const order = lang?.startsWith('ja') ? [family('ja'), family('ko')] : [family('ko'), family('ja')]
  const chosen = new Map<Face, Family>()
  for (const char of new Set(text)) {
    const point = char.codePointAt(0)!
    if (point < FIRST_CJK) continue
    for (const candidate of order) {
      const face = candidate.faces.find((f) => f.ranges.some(([from, to]) => point >= from && point <= to))
      if (face) {
        chosen.set(face, candidate)
        break
      }
    }
  }
  return [...chosen]
    .map(
      ([face, { name }]) =>
        `@font-face{font-family:'${name}';font-style:normal;font-display:swap;font-weight:100 900;` +
        `src:url(/fonts/${face.file}) format('woff2-variations');unicode-range:${face.unicodeRange}}`,
    )
    .join('\n')
}

const FILE = /^(noto-sans-(?:kr|jp))-(\d+\.\d+\.\d+)-(\d{1,3})\.woff2$/

/** Where on disk the file a face names lives, or null for any name cjkFontFaces would not write. */
export function cjkFontFile(file: string): string | null {
  const [, pkg, v, slice] = FILE.exec(file) ?? []
  if (!pkg || v !== version(pkg)) return null
  const local = path.join(packageDir(pkg), 'files', `${pkg}-${slice}-wght-normal.woff2`)
  return family(pkg === PACKAGES.ko ? 'ko' : 'ja').faces.some((face) => face.file === file) ? local : null
}
