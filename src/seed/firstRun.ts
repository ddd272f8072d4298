import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import nextEnv from '@next/env'
import { getPayload, type Payload } from 'payload'

import { importFiles } from '../import/importFiles'
import { sampleFilmFiles } from './paths'

// Runs before `npm run dev`: creates the database (the SQL adapters push the schema in
// development), imports the sample films into an empty database and makes sure someone
// can log in. It never runs in production, where Payload's create-first-user screen is used.

const DEV_ADMIN_EMAIL = 'admin@subtext.local'

async function seedFilms(payload: Payload): Promise<void> {
  if ((await payload.count({ collection: 'films' })).totalDocs > 0) return
  const sources = await Promise.all(sampleFilmFiles().map(async (file) => ({ file, text: await readFile(file, 'utf8') })))
  const outcomes = await importFiles(payload, sources)
  for (const outcome of outcomes) {
    console.log(outcome.ok ? `  imported /films/${outcome.film.slug}` : `  could not import ${outcome.file}: ${outcome.message}`)
  }
}

async function ensureDevAdmin(payload: Payload): Promise<string | null> {
  if ((await payload.count({ collection: 'users' })).totalDocs > 0) return null
  const password = randomBytes(12).toString('base64url')
  await payload.create({ collection: 'users', data: { email: DEV_ADMIN_EMAIL, password, name: 'Development admin', role: 'admin' } })
  return password
}

async function main(): Promise<void> {
  nextEnv.loadEnvConfig(process.cwd(), true)
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    await seedFilms(payload)
    const password = await ensureDevAdmin(payload)
    const url = process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
    console.log(`\nSubtext is starting at ${url}  ·  admin: ${url}/admin`)
    if (password) {
      console.log(`A development admin was created. Log in with ${DEV_ADMIN_EMAIL} / ${password}`)
      console.log('This password is shown only once; delete data/ to start over.\n')
    } else {
      console.log('Log in with the account you created earlier.\n')
    }
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('Subtext could not prepare the development database:', error)
    process.exit(1)
  },
)
