import type { FlattenedField } from 'payload'

// IDs are opaque and differ between databases (numbers in SQL, strings in MongoDB), so a
// restore rewrites every reference from the old ID to the new one. This walks a document by its
// collection's fields and finds every reference: relationship and upload fields at any depth
// (groups, arrays, blocks, hasMany, polymorphic) and the upload, relationship and internal-link
// nodes inside rich text. Join fields are virtual and are left out.

/**
 * The new value for a reference to `id` in `collection`, or undefined when there is none (the
 * reference is then dropped: left out of a hasMany list, null otherwise).
 */
export type ResolveReference = (collection: string, id: unknown, path: string) => unknown

const idOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'id' in value ? value.id : value

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

function mapRelation(
  field: Extract<FlattenedField, { type: 'relationship' | 'upload' }>,
  value: unknown,
  resolve: ResolveReference,
  path: string,
): unknown {
  if (value === null || value === undefined) return value
  const one = (item: unknown, at: string): unknown => {
    if (Array.isArray(field.relationTo)) {
      if (!isRecord(item) || typeof item.relationTo !== 'string') return undefined
      const mapped = resolve(item.relationTo, idOf(item.value), at)
      return mapped === undefined ? undefined : { relationTo: item.relationTo, value: mapped }
    }
    return resolve(field.relationTo, idOf(item), at)
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => one(item, `${path}.${i}`)).filter((item) => item !== undefined)
  }
  return one(value, path) ?? null
}

/** Rich text (Lexical JSON): any node with `relationTo` and `value` refers to a document. */
export function mapRichText(value: unknown, resolve: ResolveReference, path: string): unknown {
  if (Array.isArray(value)) return value.map((item, i) => mapRichText(item, resolve, `${path}.${i}`))
  if (!isRecord(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) out[key] = mapRichText(child, resolve, `${path}.${key}`)
  if (typeof value.relationTo === 'string' && 'value' in value && value.value !== null && value.value !== undefined) {
    const mapped = resolve(value.relationTo, idOf(value.value), path)
    out.value = mapped === undefined ? null : mapped
  }
  return out
}

/**
 * A copy of `data` with every reference passed through `resolve` and join fields removed.
 * Keys that are not fields (id, internal keys) are copied as they are.
 */
export function mapReferences(
  fields: readonly FlattenedField[],
  data: Record<string, unknown>,
  resolve: ResolveReference,
  path = '',
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const field = fields.find((f) => 'name' in f && f.name === key)
    const at = path ? `${path}.${key}` : key
    if (!field) {
      out[key] = value
      continue
    }
    switch (field.type) {
      case 'join':
        break
      case 'relationship':
      case 'upload':
        out[key] = mapRelation(field, value, resolve, at)
        break
      case 'group':
      case 'tab':
        out[key] = isRecord(value) ? mapReferences(field.flattenedFields, value, resolve, at) : value
        break
      case 'array':
        out[key] = Array.isArray(value)
          ? (value as unknown[]).map((row, i) =>
              isRecord(row) ? mapReferences(field.flattenedFields, row, resolve, `${at}.${i}`) : row,
            )
          : value
        break
      case 'blocks':
        out[key] = Array.isArray(value)
          ? (value as unknown[]).map((row, i) => {
              if (!isRecord(row)) return row
              const block = [...field.blocks, ...(field.blockReferences ?? [])].find(
                (b) => typeof b === 'object' && b.slug === row.blockType,
              )
              return block && typeof block === 'object'
                ? mapReferences(block.flattenedFields, row, resolve, `${at}.${i}`)
                : row
            })
          : value
        break
      case 'richText':
        out[key] = mapRichText(value, resolve, at)
        break
      default:
        out[key] = value
    }
  }
  return out
}
