import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import {
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  NoFragmentCyclesRule,
  parse,
  validate,
  type DocumentNode,
  type GraphQLError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

// Limits on the shape of a GraphQL document, which Payload's own cost rule (maxComplexity) does
// not bound on its own: how deep a selection nests and how many aliases (each a separate
// resolution of a field) one query asks for. graphql-armor's rules count through fragments.
export const MAX_QUERY_DEPTH = 12
export const MAX_QUERY_ALIASES = 20

// By default the rules throw, which graphql-http answers with a 500; reported, the error is a
// validation error like any other (400).
const report = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
}

/** For Payload's `graphQL.validationRules`: they run beside GraphQL's specified rules. */
export const documentShapeRules = (): ValidationRule[] => [
  maxDepthRule({ n: MAX_QUERY_DEPTH, ...report }),
  maxAliasesRule({ n: MAX_QUERY_ALIASES, ...report }),
]

// A fragment that spreads itself must be refused before any rule walks the document: Payload's
// complexity rule follows spreads without remembering them and overflows the stack (an empty 500)
// before GraphQL's own NoFragmentCyclesRule, in the same validation pass, can report the cycle.
// That rule consults no types, so it runs here against a one-field stand-in schema.
const STAND_IN = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { _: { type: GraphQLString } } }),
})

const documentOf = async (request: Request): Promise<DocumentNode | null> => {
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { query?: unknown } | null
  if (typeof body?.query !== 'string') return null
  try {
    return parse(body.query)
  } catch {
    return null // a syntax error: GraphQL itself answers it
  }
}

type Handler = (request: Request) => Promise<Response>

export const refuseFragmentCycles =
  (handler: Handler): Handler =>
  async (request) => {
    const document = await documentOf(request)
    const errors = document ? validate(STAND_IN, document, [NoFragmentCyclesRule]) : []
    if (!errors.length) return handler(request)
    return Response.json({ errors: errors.map(({ message }) => ({ message })) }, { status: 400 })
  }
