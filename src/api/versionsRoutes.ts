import type { SanitizedConfig } from 'payload'

// Payload routes /api/<collection>/versions… for every collection, and on one without versions
// (users, media, the search index) its findVersions reached the database adapter and failed with a
// 500. Those routes do not exist there: 404.

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export const withoutMissingVersions =
  (config: Promise<SanitizedConfig>, handler: Handler): Handler =>
  async (request, args) => {
    const [collection, second] = (await args.params).slug
    if (second === 'versions') {
      const found = (await config).collections.find((c) => c.slug === collection)
      if (found && !found.versions)
        return Response.json({ errors: [{ message: `${collection} keeps no versions.` }] }, { status: 404 })
    }
    return handler(request, args)
  }
