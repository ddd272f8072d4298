import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { asRefusal, DatabaseBusyError, RETRY_AFTER_SECONDS, WriteConflictError } from '@/database/refusals'
import { answerRefusals, withRefusalStatus } from '@/api/refusalResponses'

// Each driver's way of saying "busy" or "conflict" becomes one of two refusals, wherever it is
// wrapped, and nothing else does.

const coded = (code: unknown, message = 'x', extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { code, ...extra })
/** drizzle wraps a driver's error in "Failed query: …" with the driver's error as its cause. */
const failedQuery = (cause: unknown) => new Error('Failed query: insert into "themes" …', { cause })

describe('asRefusal', () => {
  it.each([
    ['libsql SQLITE_BUSY', coded('SQLITE_BUSY', 'SQLITE_BUSY: database is locked')],
    ['libsql SQLITE_BUSY_SNAPSHOT', coded('SQLITE_BUSY_SNAPSHOT')],
    ['libsql SQLITE_LOCKED', coded('SQLITE_LOCKED')],
    ['a raw extended code (517, BUSY_SNAPSHOT)', coded(undefined, 'x', { rawCode: 517 })],
    ['"database is locked" inside drizzle\'s wrapper', failedQuery(new Error('database is locked'))],
    ['PostgreSQL lock_not_available (55P03)', coded('55P03')],
    ['PostgreSQL lock timeout (57014)', coded('57014', 'canceling statement due to lock timeout')],
  ])('%s is busy: 503', (_, error) => {
    expect(asRefusal(error)).toBeInstanceOf(DatabaseBusyError)
    expect(asRefusal(failedQuery(error))?.status).toBe(503)
  })

  it.each([
    ['PostgreSQL serialization failure (40001)', coded('40001')],
    ['PostgreSQL deadlock (40P01)', coded('40P01')],
    ['MongoDB WriteConflict (112)', coded(112)],
  ])('%s is a conflict: 409', (_, error) => {
    expect(asRefusal(failedQuery(error))).toBeInstanceOf(WriteConflictError)
    expect(asRefusal(error)?.status).toBe(409)
  })

  it.each([
    ['a unique violation', coded('23505')],
    ['a cancelled query', coded('57014', 'canceling statement due to user request')],
    ['a constraint failure', coded('SQLITE_CONSTRAINT')],
    ['a plain error', new Error('boom')],
    ['a non-error', 'busy'],
  ])('%s is not a refusal', (_, error) => {
    expect(asRefusal(error)).toBeNull()
  })

  it('keeps the original error as the cause', () => {
    const original = failedQuery(coded('SQLITE_BUSY'))
    expect(asRefusal(original)?.cause).toBe(original)
  })
})

describe('answers', () => {
  const hook = (error: unknown) => {
    const req = { responseHeaders: new Headers({ 'x-kept': '1' }) } as unknown as PayloadRequest
    const answer = answerRefusals({ error, req, result: { errors: [] } } as unknown as Parameters<
      typeof answerRefusals
    >[0])
    return { answer, headers: req.responseHeaders! }
  }

  it('REST: a busy database is 503 with Retry-After and a message that nothing was saved', () => {
    const { answer, headers } = hook(failedQuery(coded('SQLITE_BUSY')))
    expect(answer).toMatchObject({
      status: 503,
      response: { errors: [{ name: 'DatabaseBusyError', message: expect.stringContaining('nothing was saved') }] },
    })
    expect(headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS))
    expect(headers.get('x-kept')).toBe('1')
  })

  it('REST: a conflict is 409 without Retry-After; other errors are left alone', () => {
    const conflict = hook(coded('40P01'))
    expect(conflict.answer).toMatchObject({ status: 409 })
    expect(conflict.headers.get('retry-after')).toBeNull()
    expect(hook(new Error('boom')).answer).toBeUndefined()
  })

  const graphql = (body: unknown) =>
    withRefusalStatus(() => Promise.resolve(Response.json(body)))(
      new Request('http://localhost/api/graphql', { method: 'POST' }),
    )
  const refused = (statusCode: number) => ({ message: 'refused', extensions: { statusCode } })

  it('GraphQL: a mutation refused as busy is 503 with Retry-After, a conflict 409', async () => {
    const busy = await graphql({ data: { createTheme: null }, errors: [refused(503)] })
    expect(busy.status).toBe(503)
    expect(busy.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS))
    expect((await graphql({ data: null, errors: [refused(409)] })).status).toBe(409)
  })

  it('GraphQL: a document carried out in part, or failing for other reasons, keeps its 200', async () => {
    expect((await graphql({ data: { a: { id: 1 }, b: null }, errors: [refused(503)] })).status).toBe(200)
    expect((await graphql({ data: null, errors: [refused(503), refused(500)] })).status).toBe(200)
    expect((await graphql({ data: { a: { id: 1 } } })).status).toBe(200)
  })
})
