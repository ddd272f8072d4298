// Every query a page makes, each run as the viewer (see viewer.ts). Nothing else in the
// frontend talks to Payload.
export * from './essayIndex'
export * from './essays'
export * from './films'
export * from './relatedFilms'
export * from './home'
export * from './search'
export * from './shapes'
export * from './sitemap'
export * from './symbolAtlas'
export * from './taxonomy'
export * from './themePage'
export { getViewer } from './viewer'
