import { ms, verdict } from '../lib/table.mjs'

// Figure 10: what building and starting cost. The app's `next build` (wall time from holding the
// build lock, peak memory of its process tree) beside the bare page's build when this run made it,
// and the app's cold start to its first 200 beside the bare page's.

const GiB = 2 ** 30
const buildSummary = (b) => `${Math.round(b.wallSeconds)} s, peak ${(b.peakBytes / GiB).toFixed(2)} GiB`

export function buildFigures({ build, bare, app }) {
  const measured = build.wallSeconds == null ? null : build
  return [
    {
      figure: '10',
      what: `\`next build\` of the app${build.reused ? ' (reused build, figures from when this suite made it)' : ''}`,
      measured: measured
        ? buildSummary(measured)
        : 'not measured: .next was built by another command (run with --rebuild)',
      reference: bare.built ? `bare page: ${buildSummary(bare.built)}` : 'bare page: reused build',
      target: '< 4 min and < 4 GB',
      verdict: measured ? verdict(measured.wallSeconds < 240 && measured.peakBytes < 4e9) : '–',
    },
    {
      figure: '10',
      what: 'cold start: `next start` to the first 200 of `/`',
      measured: ms(app.coldStartMs),
      reference: `bare page: ${ms(bare.coldStartMs)}`,
      target: '',
      verdict: '–',
    },
  ]
}
