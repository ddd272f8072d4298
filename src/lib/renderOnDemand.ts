/**
 * A page's `generateStaticParams`: no paths at build time, since the build has no database. Each
 * path is rendered on its first request and then kept in Next's cache until a change expires it.
 */
export const noPathsAtBuild = (): Promise<never[]> => Promise.resolve([])
