import type { Payload, PayloadEmailAdapter } from 'payload'
import { describe, expect, it } from 'vitest'

import { canSendEmail, emailAdapter, smtpSettings } from '../../src/config/email'

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv

describe('smtpSettings', () => {
  it('is null without SMTP_HOST, so development prints and production refuses', () => {
    expect(smtpSettings(env({}))).toBeNull()
    expect(canSendEmail(env({ NODE_ENV: 'development' }))).toBe(true)
    expect(canSendEmail(env({ NODE_ENV: 'production' }))).toBe(false)
    expect(canSendEmail(env({ NODE_ENV: 'production', SMTP_HOST: 'smtp.example' }))).toBe(true)
    expect(emailAdapter(env({ NODE_ENV: 'production' }))).toBeUndefined()
  })

  it('reads the server, login and sender, with defaults for port, TLS and sender', () => {
    expect(smtpSettings(env({ SMTP_HOST: 'smtp.example', NEXT_PUBLIC_SERVER_URL: 'https://subtext.example' }))).toEqual(
      {
        host: 'smtp.example',
        port: 587,
        secure: false,
        from: { address: 'no-reply@subtext.example', name: 'Subtext' },
      },
    )
    expect(
      smtpSettings(
        env({
          SMTP_HOST: 'smtp.example',
          SMTP_SECURE: 'true',
          SMTP_USER: 'u',
          SMTP_PASS: 'p',
          EMAIL_FROM: 'desk@subtext.example',
          EMAIL_FROM_NAME: 'Desk',
        }),
      ),
    ).toEqual({
      host: 'smtp.example',
      port: 465,
      secure: true,
      auth: { user: 'u', pass: 'p' },
      from: { address: 'desk@subtext.example', name: 'Desk' },
    })
  })

  it('says what is wrong with a malformed setting', () => {
    expect(() => smtpSettings(env({ SMTP_HOST: 'smtp.example', SMTP_PORT: 'smtp' }))).toThrow(
      'SMTP_PORT must be a port number (1–65535), not "smtp"',
    )
    expect(() => smtpSettings(env({ SMTP_HOST: 'smtp.example', SMTP_SECURE: 'maybe' }))).toThrow(
      'SMTP_SECURE must be true or false, not "maybe"',
    )
    expect(() => smtpSettings(env({ SMTP_HOST: 'smtp.example', SMTP_USER: 'u' }))).toThrow(
      'SMTP_USER and SMTP_PASS must be set together',
    )
  })
})

describe('development without SMTP', () => {
  it('prints the recipient, subject and the full reset link', async () => {
    const lines: string[] = []
    const payload = { logger: { info: (line: string) => lines.push(line) } } as unknown as Payload
    const adapter = (emailAdapter(env({ NODE_ENV: 'development' })) as PayloadEmailAdapter)({ payload })
    const link = 'http://localhost:3000/admin/reset/0123456789abcdef'
    await adapter.sendEmail({
      to: 'writer@example.test',
      subject: 'Reset your password',
      html: `Reset it: <a href="${link}">${link}</a>`,
    })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('writer@example.test')
    expect(lines[0]).toContain('Reset your password')
    expect(lines[0]!.split('\n')).toContain(`  ${link}`)
  })
})
