import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { canPublish } from '../../../import/admin/access'
import { MAX_FILE_BYTES, MAX_FILES } from '../../../import/admin/limits'
import { ImportClient } from './ImportClient'

/**
 * /admin/import: upload analysis files, check what the parser made of them, adjust, confirm.
 * Payload leaves custom views unprotected and untemplated, so both are done here.
 */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) {
    // A redirect() thrown from inside Payload's view tree arrives after the response has begun
    // streaming and leaves a blank page, so a signed-out visitor gets a link to the login instead.
    const login = formatAdminURL({
      adminRoute,
      path: `/login?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path: '/import' }))}`,
    })
    return (
      <Gutter>
        <h1>Import analysis files</h1>
        <p>
          <a href={login}>Sign in</a> to import films.
        </p>
      </Gutter>
    )
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Import analysis files</h1>
        <ImportClient canPublish={canPublish(req)} maxFiles={MAX_FILES} maxFileKB={MAX_FILE_BYTES / 1024} />
      </Gutter>
    </DefaultTemplate>
  )
}
