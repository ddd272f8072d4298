import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { payloadSecret, SecretError, siteSecret } from '../../src/config/secret'

const production = (secret?: string) =>
  ({ NODE_ENV: 'production', ...(secret === undefined ? {} : { PAYLOAD_SECRET: secret }) }) as NodeJS.ProcessEnv

describe('payloadSecret', () => {
  it('refuses a missing, short or placeholder secret in production', () => {
    for (const secret of [undefined, '', 'short', 'changeme', 'x'.repeat(64)]) {
      expect(() => payloadSecret(production(secret))).toThrow(SecretError)
    }
  })

  // Random hex, so nothing but the length can be why one is refused and the other accepted.
  const random32 = 'f3a9c1d27b8e4f60a5d2c9b1e7f04a3d'

  it('refuses 31 characters in production, naming the variable and the rule', () => {
    const short = random32.slice(0, 31)
    expect(() => payloadSecret(production(short))).toThrow(SecretError)
    expect(() => payloadSecret(production(short))).toThrow(
      /^PAYLOAD_SECRET must be set to a random string of at least 32 characters in production/,
    )
  })

  it('accepts 32 random characters in production', () => {
    expect(random32).toHaveLength(32)
    expect(payloadSecret(production(random32))).toBe(random32)
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

describe('siteSecret (what a command-line tool signs its request to refresh the site with)', () => {
  const devSecretFile = () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'subtext-secret-')), 'data/.dev-secret')
    payloadSecret({ NODE_ENV: 'development' }, file)
    return file
  }

  it('is PAYLOAD_SECRET when set, whatever its strength: the site checks it, the tool only signs with it', () => {
    expect(siteSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' }, devSecretFile())).toBe('short')
  })

  it("is the development server's secret outside production, and nothing in production", () => {
    const file = devSecretFile()
    expect(siteSecret({} as NodeJS.ProcessEnv, file)).toBe(readFileSync(file, 'utf8'))
    expect(siteSecret({ NODE_ENV: 'production' }, file)).toBeNull()
  })

  it('is null when there is none, and creates none', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'subtext-secret-')), 'data/.dev-secret')
    expect(siteSecret({} as NodeJS.ProcessEnv, file)).toBeNull()
    expect(existsSync(file)).toBe(false)
  })
})
