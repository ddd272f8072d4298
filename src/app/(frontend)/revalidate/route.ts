import { payloadClient } from '@/lib/payload'
import { expireTags, isRevalidationToken } from '@/lib/revalidate'

// Lets the import CLI, a separate process, expire this server's cache after it writes.
const TAG = /^[a-z-]+(:[a-z0-9-]+)?$/

export async function POST(request: Request): Promise<Response> {
  // Payload's own derived secret, the one the importer's hooks sign with.
  const { secret } = await payloadClient()
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null
  if (!isRevalidationToken(token, secret)) return Response.json({ error: 'Not allowed.' }, { status: 403 })
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const given: unknown[] = Array.isArray(body?.tags) ? body.tags : []
  const tags = given.filter((t): t is string => typeof t === 'string' && TAG.test(t))
  if (tags.length === 0 || tags.length !== given.length) {
    return Response.json(
      { error: 'Send {"tags": [...]} with cache tags such as "films" or "films:my-slug".' },
      { status: 400 },
    )
  }
  await expireTags(tags)
  return Response.json({ revalidated: tags })
}
