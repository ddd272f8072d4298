import type { FeedItem } from '../content/sitemap'
import { paths } from '../urls'
import { SITE_DESCRIPTION, SITE_NAME } from './metadata'

// XML 1.0 forbids these characters even as references, so they are dropped, not escaped.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export const xmlEscape = (value: string): string => value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!)

/** RFC 822 date, as RSS 2.0 requires, e.g. "Wed, 23 Jan 2013 12:00:00 GMT"; null for no date. */
const rfc822 = (iso: string): string | null => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date.toUTCString()
}

const element = (name: string, value: string | null, attributes = ''): string =>
  value === null ? '' : `<${name}${attributes}>${xmlEscape(value)}</${name}>`

/** The RSS 2.0 document of `items`; the newest item dates the feed, `now` an empty one. */
export function buildRss(items: FeedItem[], { siteURL, now = new Date() }: { siteURL: string; now?: Date }): string {
  const newest = items
    .map((item) => item.date)
    .sort()
    .at(-1)
  const entries = items.map((item) => {
    const link = `${siteURL}${item.path}`
    return [
      '<item>',
      element('title', item.title),
      element('link', link),
      element('guid', link, ' isPermaLink="true"'),
      element('pubDate', rfc822(item.date)),
      element('description', item.description),
      '</item>',
    ].join('')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', SITE_NAME),
    element('link', `${siteURL}/`),
    element('description', SITE_DESCRIPTION),
    element('language', 'en'),
    `<atom:link href="${xmlEscape(`${siteURL}${paths.feed()}`)}" rel="self" type="application/rss+xml"/>`,
    element('lastBuildDate', rfc822(newest ?? now.toISOString())),
    ...entries,
    '</channel>',
    '</rss>',
  ].join('\n')
}
