import { describe, expect, it } from 'vitest'

import { attemptsOf, limitedRoute, loginEmail } from '../../src/lib/security/attempts'
import { graphqlAttempts } from '../../src/lib/security/graphqlAttempts'

const body = (query: string, variables?: object) => JSON.stringify({ query, variables })

describe('limitedRoute', () => {
  it('finds REST login, GraphQL, the search page and the search collection', () => {
    expect(limitedRoute('POST', '/api/users/login')).toBe('login')
    expect(limitedRoute('POST', '/api/users/%6Cogin')).toBe('login')
    expect(limitedRoute('POST', '/api/graphql')).toBe('graphql')
    expect(limitedRoute('GET', '/search')).toBe('search')
    expect(limitedRoute('GET', '/api/search')).toBe('search')
    expect(limitedRoute('GET', '/api/search/12')).toBe('search')
    expect(limitedRoute('POST', '/api/search')).toBe('search')
  })

  it('leaves everything else alone', () => {
    expect(limitedRoute('GET', '/api/users/login')).toBeNull()
    expect(limitedRoute('POST', '/api/users/logout')).toBeNull()
    expect(limitedRoute('GET', '/films/search')).toBeNull()
    expect(limitedRoute('GET', '/api/searchlight')).toBeNull()
    expect(limitedRoute('GET', '/%E0%A4%A')).toBeNull()
  })
})

describe('loginEmail', () => {
  it('reads the email from JSON or from a multipart form', () => {
    expect(loginEmail(JSON.stringify({ email: 'a@example.test', password: 'x' }))).toBe('a@example.test')
    const form = new FormData()
    form.set('_payload', JSON.stringify({ email: 'b@example.test' }))
    expect(loginEmail(form)).toBe('b@example.test')
  })

  it('gives "" for a body without one', () => {
    expect(loginEmail('not json')).toBe('')
    expect(loginEmail(JSON.stringify({ email: 3 }))).toBe('')
    expect(loginEmail(new FormData())).toBe('')
  })
})

describe('graphqlAttempts', () => {
  it('finds a login with its email, literal or as a variable', () => {
    expect(graphqlAttempts(body('mutation { loginUser(email: "a@example.test", password: "x") { token } }'))).toEqual({
      logins: ['a@example.test'],
      searches: 0,
    })
    expect(
      graphqlAttempts(
        body('mutation L($e: String!) { loginUser(email: $e, password: "x") { token } }', { e: 'b@example.test' }),
      ).logins,
    ).toEqual(['b@example.test'])
  })

  it('counts every aliased login and every search read, through fragments', () => {
    const query = `mutation { a: loginUser(email: "x@example.test", password: "1") { token } b: loginUser(email: "x@example.test", password: "2") { token } }
      query { Searches { docs { title } } ...F ... on Query { countSearches { totalDocs } } }
      fragment F on Query { Search(id: 1) { title } }`
    expect(graphqlAttempts(body(query))).toEqual({ logins: ['x@example.test', 'x@example.test'], searches: 3 })
  })

  it('finds nothing in other operations or in bodies that are not GraphQL', () => {
    expect(graphqlAttempts(body('{ Films { docs { title } } }'))).toEqual({ logins: [], searches: 0 })
    expect(graphqlAttempts('not json')).toEqual({ logins: [], searches: 0 })
    expect(graphqlAttempts(body('{ unterminated'))).toEqual({ logins: [], searches: 0 })
    expect(graphqlAttempts(JSON.stringify({ query: 42 }))).toEqual({ logins: [], searches: 0 })
  })

  it('does not loop on a fragment cycle', () => {
    const query = '{ ...A } fragment A on Query { Searches { totalDocs } ...B } fragment B on Query { ...A }'
    expect(graphqlAttempts(body(query)).searches).toBeGreaterThan(0)
  })
})

describe('attemptsOf', () => {
  const post = (payload: string, type = 'application/json') =>
    new Request('http://x/api/graphql', { method: 'POST', body: payload, headers: { 'content-type': type } })

  it('turns a request into its attempts', async () => {
    expect(await attemptsOf('search', new Request('http://x/search?q=a'))).toEqual([{ kind: 'search' }])
    expect(await attemptsOf('login', post(JSON.stringify({ email: 'a@example.test' })))).toEqual([
      { kind: 'login', email: 'a@example.test' },
    ])
    expect(await attemptsOf('graphql', post(body('{ Searches { totalDocs } countSearches { totalDocs } }')))).toEqual([
      { kind: 'search' },
      { kind: 'search' },
    ])
  })
})
