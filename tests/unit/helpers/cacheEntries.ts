// What Next hands its cache handler for a page and for a cached data read, in the shapes the cache
// tests store and read back. Each tag is made unique, so tests sharing a handler never share a tag.

let unique = 0
export const tag = (name: string) => `${name}-${++unique}`

export const pageCtx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }

export const page = (tags: string[]) => ({
  kind: 'APP_PAGE',
  html: '<p>page</p>',
  rscData: undefined,
  headers: { 'x-next-cache-tags': tags.join(',') } as Record<string, string>,
  status: 200,
  postponed: undefined,
  segmentData: undefined,
})

export const data = (tags: string[]) => ({
  kind: 'FETCH',
  data: { headers: {}, body: '"rows"', status: 200, url: '' },
  revalidate: 60,
  tags,
})
