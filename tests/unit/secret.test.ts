import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { payloadSecret, SecretError } from '../../src/config/secret'

const production = (secret?: string) => ({ NODE_ENV: 'production', ...(secret === undefined ? {} : { PAYLOAD_SECRET: secret }) }) as NodeJS.ProcessEnv

describe('payloadSecret', () => {
  it('refuses a missing, short or placeholder secret in production', () => {
    for (const secret of [undefined, '', 'short', 'changeme', 'x'.repeat(64)]) {
      expect(() => payloadSecret(production(secret))).toThrow(SecretError)
    }
  })

  it('accepts a long random secret in production', () => {
    const secret = 'f3a9c1d27b8e4f60a5d2c9b1e7f04a3d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f'
    expect(payloadSecret(production(secret))).toBe(secret)
  })

  it('lets `next build` evaluate the config without one', () => {
    expect(payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBeTruthy()
  })

  it('keeps one random development secret on disk rather than a known one', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'subtext-secret-')), 'data/.dev-secret')
    const first = payloadSecret({ NODE_ENV: 'development' }, file)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret({ NODE_ENV: 'development' }, file)).toBe(first)
    expect(readFileSync(file, 'utf8')).toBe(first)
  })
})
