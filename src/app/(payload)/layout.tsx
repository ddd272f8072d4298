/* Payload's admin shell, following Payload 3's own (payload) route group. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { headers } from 'next/headers'
import { getPayload, type ServerFunctionClient } from 'payload'
import type React from 'react'

import { DatabaseUnavailable } from './admin/DatabaseUnavailable'
import { unreachableOn } from './admin/databaseUnreachable'
import { importMap } from './admin/importMap.js'
import './custom.scss'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({ ...args, config, importMap })
}

/** Whether the database fails the read of the request's session (none is read without a session cookie). */
const sessionUnreadable = () =>
  unreachableOn(async () => (await getPayload({ config })).auth({ headers: await headers() }))

/**
 * Payload's shell reads the session's user first; while the database cannot be reached that read
 * fails (patches/payload+3.90.1.patch: not taken for no session) inside the shell, where neither
 * this layout nor the page can catch it, and the editor got Next's bare error page. So the session
 * is read here first (one more read of the user by id per admin request), and the editor is told,
 * as the admin's page does when its own reads fail (admin/[[...segments]]/page.tsx).
 */
const Layout = async ({ children }: { children: React.ReactNode }) =>
  (await sessionUnreadable()) ? (
    <html lang="en">
      <body>
        <DatabaseUnavailable />
      </body>
    </html>
  ) : (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )

export default Layout
