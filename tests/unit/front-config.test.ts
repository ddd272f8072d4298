import { execSync } from 'node:child_process'
import { createServer } from 'node:http'

import { describe, expect, it } from 'vitest'

import {
  frontToken,
  PURGE_PATH as FRONT_PURGE_PATH,
  placeholderNonce,
  renderConfig,
} from '../../deploy/front/front.mjs'
import { PURGE_PATH } from '../../src/lib/front/purge'

// The front's configuration is rendered from the secret exactly as the serving contract derives
// the placeholder nonce and the front token (its shell recipes are the reference).

const SECRET = 'front-config-test-secret-0123456789abcdef'
const shell = (command: string) => execSync(command, { env: { ...process.env, S: SECRET }, encoding: 'utf8' }).trim()
const options = { upstream: 'http://127.0.0.1:3000', port: 8080, stateDir: '/tmp/subtext-front', secret: SECRET }

describe('the caching front configuration', () => {
  it('derives the placeholder and the token as the contract’s shell recipes do', () => {
    expect(placeholderNonce(SECRET)).toBe(
      shell('printf %s subtext:csp-nonce-placeholder | openssl dgst -sha256 -hmac "$S" -binary | head -c 16 | base64'),
    )
    expect(placeholderNonce(SECRET)).toHaveLength(24)
    expect(frontToken(SECRET)).toBe(
      shell(`printf %s subtext:front | openssl dgst -sha256 -hmac "$S" | awk '{print $NF}'`),
    )
  })

  it('fills every placeholder of the template and sends the token upstream', () => {
    const config = renderConfig(options)
    expect(config).not.toMatch(/\{\{[A-Z_]+\}\}/)
    expect(config).toContain(`proxy_set_header X-Subtext-Front "${frontToken(SECRET)}";`)
    expect(config).toContain(`sub_filter "${placeholderNonce(SECRET)}" "$request_id";`)
    expect(config).toContain('server 127.0.0.1:3000 max_fails=1 fail_timeout=5s;')
    expect(config).toContain('server 127.0.0.1:3000 backup max_fails=0;')
    expect(config).toContain('listen 127.0.0.1:8080;')
  })

  it('escapes the placeholder in the regular expression that rewrites the policy header', () => {
    // Base64 may hold + and /, which a regular expression would otherwise read as operators.
    const secret = Array.from({ length: 200 }, (_, i) => `s${i}`).find((s) => /[+/]/.test(placeholderNonce(s)))!
    const placeholder = placeholderNonce(secret)
    const config = renderConfig({ ...options, secret })
    expect(config).toContain(placeholder.replace(/[+/=]/g, (c) => (c === '=' ? c : `\\${c}`)))
  })

  it('refuses settings nginx could not take, saying what to give', () => {
    expect(() => renderConfig({ ...options, upstream: 'https://127.0.0.1:3000' })).toThrow(/plain HTTP/)
    expect(() => renderConfig({ ...options, upstream: 'http://127.0.0.1:3000/app' })).toThrow(/no path/)
    expect(() => renderConfig({ ...options, port: 0 })).toThrow(/port/)
    expect(() => renderConfig({ ...options, secret: '' })).toThrow(/PAYLOAD_SECRET/)
    expect(() => renderConfig({ ...options, stateDir: '/tmp/a b' })).toThrow(/plain path/)
  })

  it('takes purges where the app sends them', () => {
    expect(FRONT_PURGE_PATH).toBe(PURGE_PATH)
    expect(renderConfig(options)).toContain(`location = ${PURGE_PATH} {`)
  })

  it('closes an idle connection to an instance before the instance would', () => {
    // next start keeps Node's own idle timeout for keep-alive connections (it sets one only when
    // given --keepAliveTimeout, which nobody here passes).
    const appIdleMs = createServer().keepAliveTimeout
    const frontIdle = /upstream subtext_app \{[^}]*keepalive_timeout (\d+)s;/.exec(renderConfig(options))
    expect(frontIdle).not.toBeNull()
    expect(Number(frontIdle![1]) * 1000).toBeLessThan(appIdleMs)
  })
})
