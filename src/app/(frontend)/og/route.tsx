import { ImageResponse } from 'next/og'

import { OG_DEFAULT_TITLE, OG_LIMITS, OG_SIZE, ogText } from '@/lib/seo/og'

// The site's palette (styles.css), light scheme.
const INK = '#1d1b18'
const MUTED = '#5c574f'
const PAPER = '#fbf9f5'
const RULE = '#e2ddd3'
const ACCENT = '#8a3b12'

const titleSize = (title: string): number => (title.length <= 40 ? 84 : title.length <= 75 ? 68 : 56)

export function GET(request: Request): ImageResponse {
  const query = new URL(request.url).searchParams
  const title = ogText(query.get('title'), OG_LIMITS.title) || OG_DEFAULT_TITLE
  const kicker = ogText(query.get('kicker'), OG_LIMITS.kicker)
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: '72px 88px',
        background: PAPER,
        color: INK,
      }}
    >
      <div style={{ width: 96, height: 6, background: ACCENT }} />
      {kicker ? (
        <div
          style={{
            display: 'flex',
            marginTop: 48,
            fontSize: 28,
            letterSpacing: 4,
            textTransform: 'uppercase',
            color: ACCENT,
          }}
        >
          {kicker}
        </div>
      ) : null}
      <div
        style={{
          display: 'flex',
          marginTop: kicker ? 20 : 48,
          fontSize: titleSize(title),
          lineHeight: 1.12,
          letterSpacing: -1,
        }}
      >
        {title}
      </div>
      <div
        style={{
          display: 'flex',
          marginTop: 'auto',
          paddingTop: 28,
          borderTop: `2px solid ${RULE}`,
          justifyContent: 'space-between',
          fontSize: 30,
          color: MUTED,
        }}
      >
        <span style={{ color: INK, letterSpacing: -0.5 }}>Subtext</span>
        <span>film analysis</span>
      </div>
    </div>,
    // The picture depends on nothing but the query, so caches may keep it.
    { ...OG_SIZE, headers: { 'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800' } },
  )
}
