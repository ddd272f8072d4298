import { Kind, parse, type DocumentNode, type SelectionSetNode, type ValueNode } from 'graphql'

/**
 * GraphQL reaches login and search through one URL, so the proxy reads the document to count
 * them. Every root field counts: one request may alias `loginUser` a hundred times, which must
 * cost a hundred attempts, not one.
 */

/** Payload's GraphQL names: `login<Singular>` for the users collection, the search plugin's reads. */
export const LOGIN_FIELDS = new Set(['loginUser'])
export const SEARCH_FIELDS = new Set(['Search', 'Searches', 'countSearches', 'docAccessSearch'])

export type GraphQLAttempts = { logins: string[]; searches: number }

type Body = { query?: unknown; variables?: unknown }

/**
 * The login attempts (by email; '' when the email cannot be read) and the number of search reads
 * in a GraphQL request body. A body that is not a GraphQL document has none: Payload rejects it.
 */
export function graphqlAttempts(bodyText: string): GraphQLAttempts {
  const found: GraphQLAttempts = { logins: [], searches: 0 }
  let bodies: Body[]
  try {
    const json: unknown = JSON.parse(bodyText)
    bodies = (Array.isArray(json) ? json : [json]).filter((b): b is Body => typeof b === 'object' && b !== null)
  } catch {
    return found
  }
  for (const body of bodies) {
    if (typeof body.query !== 'string') continue
    let document: DocumentNode
    try {
      document = parse(body.query, { noLocation: true })
    } catch {
      continue
    }
    const variables =
      typeof body.variables === 'object' && body.variables !== null ? (body.variables as Record<string, unknown>) : {}
    const fragments = new Map(
      document.definitions.flatMap((d) =>
        d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
      ),
    )
    const visit = (set: SelectionSetNode, seen: Set<string>) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value
          if (LOGIN_FIELDS.has(name)) {
            const email = selection.arguments?.find((a) => a.name.value === 'email')?.value
            found.logins.push(stringValue(email, variables))
          } else if (SEARCH_FIELDS.has(name)) {
            found.searches++
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet, seen)
        } else {
          const name = selection.name.value
          const fragment = fragments.get(name)
          // Counted once per spread: GraphQL may merge identical fields, so this can only count
          // too many, never too few. A cycle is invalid GraphQL; `seen` keeps it from looping here.
          if (fragment && !seen.has(name)) visit(fragment, new Set([...seen, name]))
        }
      }
    }
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) visit(definition.selectionSet, new Set())
    }
  }
  return found
}

function stringValue(value: ValueNode | undefined, variables: Record<string, unknown>): string {
  if (value?.kind === Kind.STRING) return value.value
  if (value?.kind === Kind.VARIABLE) {
    const v = variables[value.name.value]
    return typeof v === 'string' ? v : ''
  }
  return ''
}
