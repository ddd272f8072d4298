'use client'
import { Banner, Link } from '@payloadcms/ui'

import type { ConfirmResult } from '../../../import/admin/types'
import styles from './import.module.scss'

const ACTION: Record<'created' | 'updated' | 'unchanged', string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'already up to date',
}

export function ImportResults({ results }: { results: ConfirmResult[] }) {
  return (
    <section aria-labelledby="import-results" className={styles.results}>
      <h2 id="import-results">Imported</h2>
      <ul>
        {results.map((result) =>
          result.ok ? (
            <li key={result.file} data-ok="true">
              <Banner type="success">
                <strong>{result.title}</strong> {ACTION[result.action]} as{' '}
                {result.status === 'published' ? 'published' : 'a draft'} ({result.file}).{' '}
                <Link href={result.adminURL}>Open “{result.title}” in the admin</Link>
                {result.publicPath && (
                  <>
                    {' · '}
                    <a href={result.publicPath} target="_blank" rel="noreferrer">
                      View {result.publicPath} on the site
                    </a>
                  </>
                )}
              </Banner>
            </li>
          ) : (
            <li key={result.file} data-ok="false">
              <Banner type="error">
                <strong>
                  {result.file}
                  {result.line ? `:${result.line}` : ''}
                </strong>{' '}
                {result.message}
              </Banner>
            </li>
          ),
        )}
      </ul>
    </section>
  )
}
