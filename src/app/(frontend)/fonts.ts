import localFont from 'next/font/local'

// The site's typefaces, served from this origin (CSP: font-src 'self'), never from a font host.
//
// Newsreader, the reading serif, goes through next/font: it is preloaded and gets a fallback face
// whose metrics are adjusted to it (size-adjust), so the text does not move when it arrives. Its
// Latin and Latin Extended files are two faces with their own unicode-range, so a page of English
// downloads only the first (accented titles such as Amélie are Latin too); each loader call takes
// one range, hence two calls. The values are
// Fontsource's ranges (node_modules/@fontsource-variable/newsreader/wght.css); next/font wants
// them written out here.
//
// Korean and Japanese original titles use Noto Sans KR / JP where the system has no font for them
// (styles.css): each font comes as about 120 files, one per unicode-range, which next/font (one
// range a loader call) cannot declare. The components that show such text declare the few faces
// their characters need (src/lib/cjkFonts.ts), so other pages carry none.

export const serifLatin = localFont({
  src: [
    {
      path: '../../../node_modules/@fontsource-variable/newsreader/files/newsreader-latin-wght-normal.woff2',
      weight: '200 800',
      style: 'normal',
    },
    {
      path: '../../../node_modules/@fontsource-variable/newsreader/files/newsreader-latin-wght-italic.woff2',
      weight: '200 800',
      style: 'italic',
    },
  ],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
  variable: '--font-serif-latin',
  display: 'swap',
  adjustFontFallback: 'Times New Roman',
})

export const serifLatinExtended = localFont({
  src: [
    {
      path: '../../../node_modules/@fontsource-variable/newsreader/files/newsreader-latin-ext-wght-normal.woff2',
      weight: '200 800',
      style: 'normal',
    },
    {
      path: '../../../node_modules/@fontsource-variable/newsreader/files/newsreader-latin-ext-wght-italic.woff2',
      weight: '200 800',
      style: 'italic',
    },
  ],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
  variable: '--font-serif-latin-ext',
  display: 'swap',
  // Only pages with such letters need it: they fetch it on demand.
  preload: false,
  // It comes first in the stack (styles.css), where a fallback face would catch every letter
  // before Newsreader's Latin file; the Latin face's fallback serves both.
  adjustFontFallback: false,
})
