import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { runCli } from '../cli/output'
import { startCliPayload } from '../cli/payload'
import { importingUser } from '../import/author'
import { importFiles } from '../import/importFiles'
import { readSource } from '../import/source'
import { sampleFilmFiles } from './paths'

// Runs before `npm run dev` (its predev script): creates the schema of a development database, and
// refuses a database set up by `npm run migrate` (src/cli/schema.ts), imports the sample films into
// an empty database and makes sure someone can log in. It never runs in production, where Payload's
// create-first-user screen is used.

const DEV_ADMIN_EMAIL = 'admin@subtext.local'

async function seedFilms(payload: Payload): Promise<void> {
  if ((await payload.count({ collection: 'films' })).totalDocs > 0) return
  const sources = await Promise.all(sampleFilmFiles().map(readSource))
  // Credited to the first admin, who exists by now (ensureDevAdmin runs first), so the review
  // workflow's Author column and filter show whose the sample work is.
  const { user } = await importingUser(payload, undefined)
  const outcomes = await importFiles(payload, sources, { author: user ?? undefined })
  for (const outcome of outcomes) {
    console.log(
      outcome.ok ? `  imported /films/${outcome.film.slug}` : `  could not import ${outcome.file}: ${outcome.message}`,
    )
  }
}

async function ensureDevAdmin(payload: Payload): Promise<string | null> {
  if ((await payload.count({ collection: 'users' })).totalDocs > 0) return null
  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email: DEV_ADMIN_EMAIL, password, name: 'Development admin', role: 'admin' },
  })
  return password
}

async function main(): Promise<number> {
  const payload = await startCliPayload({ development: true })
  try {
    const password = await ensureDevAdmin(payload)
    await seedFilms(payload)
    const url = process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
    console.log(`\nSubtext is starting at ${url}  ·  admin: ${url}/admin`)
    if (password) {
      console.log(`A development admin was created. Log in with ${DEV_ADMIN_EMAIL} / ${password}`)
      console.log('This password is shown only once; delete data/ to start over.\n')
    } else {
      console.log('Log in with the account you created earlier.\n')
    }
    return 0
  } finally {
    await payload.destroy()
  }
}

runCli('preparing the development database', main)
