import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'
import { getPayload } from 'payload'

import { DatabaseUnavailable } from '../DatabaseUnavailable'
import { isUnreachable, unreachableOn } from '../databaseUnreachable'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

/** Whether the database fails the read Payload's admin page makes of its own (does any user exist). */
const databaseUnreachable = () =>
  unreachableOn(async () => (await getPayload({ config })).db.findOne({ collection: 'users' }))

/**
 * Payload's admin page, except while the database cannot be reached, for which Payload has no
 * view: its reads fail (the session's user, a document, or the login form's check whether any user
 * exists), and the editor got Next's bare "This page couldn't load". So when the page throws (a
 * redirect, a not-found or an error), the database is asked once more, and if it cannot be reached
 * the editor is told so, on whatever page they asked for (DatabaseUnavailable); otherwise the page
 * goes on as Payload threw it. The layout does the same for the session read of its shell.
 */
const Page = async ({ params, searchParams }: Args) => {
  try {
    return await RootPage({ config, params, searchParams, importMap })
  } catch (error) {
    if (!isUnreachable(error) && !(await databaseUnreachable())) throw error
    const { segments = [] } = await params
    return <DatabaseUnavailable retryPath={['/admin', ...segments].join('/')} />
  }
}

export default Page
