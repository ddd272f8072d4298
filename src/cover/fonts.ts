import path from 'node:path'

import sharp from 'sharp'

/**
 * The typefaces of generated covers: Noto Sans KR for every title, Noto Sans JP behind it for the
 * kanji Korean fonts lack (神隠し). sharp draws text with Pango, which reads TrueType/OpenType
 * files only (not the woff2 that web-font packages ship), so these come from the
 * @expo-google-fonts packages, which ship Google Fonts' TTF files. Found from the working
 * directory, as every command and the server run from the project root, rather than through the
 * bundler, which would try to pack 6 MB font files into the server bundle.
 */
const fontFile = (pkg: string, file: string) =>
  path.join(process.cwd(), 'node_modules', '@expo-google-fonts', pkg, file)

export const TITLE_FONT = 'Noto Sans KR Bold'
export const TEXT_FONT = 'Noto Sans KR'

const FONT_FILES = [
  fontFile('noto-sans-kr', '700Bold/NotoSansKR_700Bold.ttf'),
  fontFile('noto-sans-kr', '400Regular/NotoSansKR_400Regular.ttf'),
  fontFile('noto-sans-jp', '700Bold/NotoSansJP_700Bold.ttf'),
]

let registered: Promise<void> | null = null

/**
 * Pango falls back glyph by glyph through every font it knows, and sharp adds a `fontfile` to
 * what it knows for the rest of the process: drawing one character with each file once makes
 * all three available to every later text, whichever font it names first.
 */
export function registerFonts(): Promise<void> {
  registered ??= (async () => {
    for (const fontfile of FONT_FILES) {
      await sharp({ text: { text: '.', fontfile, font: TEXT_FONT } })
        .png()
        .toBuffer()
        .catch((error: Error) => {
          throw new Error(`cannot load the cover font ${fontfile} (run npm install): ${error.message}`)
        })
    }
  })()
  return registered
}
