import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'

/**
 * How Subtext sends email (today: password reset links). With SMTP_HOST set, Payload's nodemailer
 * adapter sends through that server. Without it, development prints each message's links to the
 * console, and production has no transport: the forgot-password flow is then refused
 * (collections/Users/hooks/requireEmailTransport.ts) rather than answering as if it had sent.
 */

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
  from: { address: string; name: string }
}

const flag = (name: string, value: string | undefined, fallback: boolean): boolean => {
  if (value === undefined || value.trim() === '') return fallback
  if (/^(true|1|yes)$/i.test(value.trim())) return true
  if (/^(false|0|no)$/i.test(value.trim())) return false
  throw new Error(`${name} must be true or false, not "${value}"`)
}

/** The SMTP server from the environment, or null when SMTP_HOST is not set; a malformed value stops the server with what to fix. */
export function smtpSettings(env: NodeJS.ProcessEnv = process.env): SmtpSettings | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const secure = flag('SMTP_SECURE', env.SMTP_SECURE, env.SMTP_PORT?.trim() === '465')
  const port = env.SMTP_PORT?.trim() ? Number(env.SMTP_PORT) : secure ? 465 : 587
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`SMTP_PORT must be a port number (1–65535), not "${env.SMTP_PORT}"`)
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASS))
    throw new Error('SMTP_USER and SMTP_PASS must be set together (or neither, for a server that needs no login)')
  const siteHost = URL.canParse(env.NEXT_PUBLIC_SERVER_URL ?? '')
    ? new URL(env.NEXT_PUBLIC_SERVER_URL!).hostname
    : 'localhost'
  return {
    host,
    port,
    secure,
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS! } } : {}),
    from: { address: env.EMAIL_FROM?.trim() || `no-reply@${siteHost}`, name: env.EMAIL_FROM_NAME?.trim() || 'Subtext' },
  }
}

/** Every link in a message's HTML, in order: what a developer needs from a reset email. */
const linksIn = (html: string): string[] => Array.from(html.matchAll(/href="([^"]+)"/g), (match) => match[1]!)

/** A message's `to`: an address, a { name, address } or a list of either. */
const recipients = (to: unknown): string =>
  [to ?? []]
    .flat()
    .map((entry: unknown) => (typeof entry === 'string' ? entry : ((entry as { address?: string }).address ?? '')))
    .join(', ')

/** Development without SMTP: the message is not sent, its recipient, subject and links are logged. */
const consoleEmail: PayloadEmailAdapter = ({ payload }) => ({
  name: 'subtext-console',
  defaultFromAddress: 'no-reply@localhost',
  defaultFromName: 'Subtext',
  sendEmail: (message: SendEmailOptions) => {
    const links = linksIn(typeof message.html === 'string' ? message.html : '')
    payload.logger.info(
      [
        `Email not sent (SMTP_HOST is not set) to ${recipients(message.to)}: "${message.subject}"`,
        ...links.map((link) => `  ${link}`),
      ].join('\n'),
    )
    return Promise.resolve()
  },
})

/** Whether email reaches anyone: through SMTP, or in development through the console. */
export const canSendEmail = (env: NodeJS.ProcessEnv = process.env): boolean =>
  smtpSettings(env) !== null || env.NODE_ENV !== 'production'

/** The email adapter for payload.config.ts; undefined in production without SMTP (Payload then warns at start). */
export function emailAdapter(
  env: NodeJS.ProcessEnv = process.env,
): ReturnType<typeof nodemailerAdapter> | PayloadEmailAdapter | undefined {
  const smtp = smtpSettings(env)
  if (smtp) {
    return nodemailerAdapter({
      defaultFromAddress: smtp.from.address,
      defaultFromName: smtp.from.name,
      transportOptions: { host: smtp.host, port: smtp.port, secure: smtp.secure, auth: smtp.auth },
      // The server checks the SMTP connection as it starts (and logs a failure); the CLIs, which
      // send no email, do not wait for it.
      skipVerify: env.NEXT_RUNTIME !== 'nodejs',
    })
  }
  return canSendEmail(env) ? consoleEmail : undefined
}
