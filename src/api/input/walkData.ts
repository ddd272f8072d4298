import type { FlattenedBlock, FlattenedField, PayloadRequest } from 'payload'

// Walks a write's data along the collection's sanitized field config (which already holds the
// fields plugins and other engineers add), calling `visit` for every key and its field, or null for
// a key the config does not have. Payload's own traversals walk the config, not the data, so they
// cannot see keys that match no field; this is the other direction.

export type Visit = (path: string, field: FlattenedField | null, value: unknown) => void

// Keys a row or a document carries that are not fields: row ids, block type and name.
const ROW_KEYS = new Set(['id'])
const BLOCK_KEYS = new Set(['id', 'blockType', 'blockName'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const blockFor = (field: FlattenedField, slug: unknown, req: PayloadRequest): FlattenedBlock | undefined => {
  if (field.type !== 'blocks') return undefined
  const candidates = [...(field.blocks ?? []), ...(field.blockReferences ?? [])].map((block) =>
    typeof block === 'string' ? (req.payload.blocks as Record<string, FlattenedBlock | undefined>)[block] : block,
  )
  return candidates.find((block): block is FlattenedBlock => block?.slug === slug)
}

export function walkData(
  data: Record<string, unknown>,
  fields: FlattenedField[],
  visit: Visit,
  req: PayloadRequest,
  { prefix = '', extraKeys = new Set<string>() }: { prefix?: string; extraKeys?: Set<string> } = {},
): void {
  for (const [key, value] of Object.entries(data)) {
    const path = `${prefix}${key}`
    const field = fields.find((f) => f.name === key) ?? null
    if (!field) {
      if (!extraKeys.has(key)) visit(path, null, value)
      continue
    }
    visit(path, field, value)
    if ((field.type === 'group' || field.type === 'tab') && isObject(value)) {
      walkData(value, field.flattenedFields, visit, req, { prefix: `${path}.` })
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) => {
        if (isObject(row))
          walkData(row, field.flattenedFields, visit, req, { prefix: `${path}.${i}.`, extraKeys: ROW_KEYS })
      })
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const block = isObject(row) ? blockFor(field, row.blockType, req) : undefined
        if (isObject(row) && block)
          walkData(row, block.flattenedFields, visit, req, { prefix: `${path}.${i}.`, extraKeys: BLOCK_KEYS })
      })
    }
  }
}
