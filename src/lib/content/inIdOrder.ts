/**
 * `docs` in the order of `ids`, the order an SQL read chose, leaving out an id with no document:
 * one the viewer may no longer read (changed between the two reads), or one read as the viewer
 * and refused. The Local API's `id in` returns documents in its own order.
 */
export function inIdOrder<T extends { id: string | number }>(
  ids: readonly (string | number)[],
  docs: readonly T[],
): T[] {
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.flatMap((id) => {
    const doc = byId.get(String(id))
    return doc ? [doc] : []
  })
}
