import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll } from 'vitest'

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it is given. The test points
 * SMTP_HOST/SMTP_PORT at it before loading the Payload config, so mail goes through the app's own
 * email adapter (nodemailer over SMTP), exactly as in production.
 */
export async function startMailbox(): Promise<{
  port: number
  next: (to: string) => Promise<ParsedMail>
  received: ParsedMail[]
}> {
  const received: ParsedMail[] = []
  const waiting: { to: string; resolve: (mail: ParsedMail) => void }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => {
        received.push(mail)
        const to = recipients(mail)
        const index = waiting.findIndex((w) => to.includes(w.to))
        if (index >= 0) waiting.splice(index, 1)[0]!.resolve(mail)
        done()
      }, done)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const recipients = (mail: ParsedMail) =>
    (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
      a.value.map((v) => v.address?.toLowerCase()),
    )

  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    /** The next message to `to` (or one already here that no one has taken). */
    next: (to) => {
      const index = received.findIndex((mail) => recipients(mail).includes(to.toLowerCase()))
      if (index >= 0) return Promise.resolve(received.splice(index, 1)[0]!)
      return new Promise((resolve) =>
        waiting.push({
          to: to.toLowerCase(),
          resolve: (mail) => (received.splice(received.indexOf(mail), 1), resolve(mail)),
        }),
      )
    },
  }
}
