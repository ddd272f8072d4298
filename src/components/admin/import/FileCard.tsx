'use client'
import { Banner, Button, Link, Pill } from '@payloadcms/ui'
import { useId } from 'react'

import type { PreviewFile } from '../../../import/admin/types'
import styles from './import.module.scss'
import { ThemeEditor } from './ThemeEditor'

export type Entry = {
  /** The text as last previewed: what "Import" sends back for the server to parse again. */
  text: string
  /** The text in the editor's textarea, which "Preview again" sends. */
  draftText: string
  preview: PreviewFile
  themes: string[]
  include: boolean
  /** The image chosen with the file under the same name: the film's poster. */
  poster: File | null
}

type Props = {
  entry: Entry
  busy: boolean
  onChange: (entry: Entry) => void
  onRepreview: () => void
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function FileCard({ entry, busy, onChange, onRepreview }: Props) {
  const { preview } = entry
  const textId = useId()
  const includeId = useId()
  return (
    <article className={styles.card} aria-label={preview.file}>
      <header className={styles.cardHeader}>
        <h2 className={styles.fileName}>{preview.file}</h2>
        {preview.ok && (
          <Pill pillStyle={preview.action === 'create' ? 'success' : 'warning'} size="small">
            {preview.action === 'create' ? 'New film' : `Updates an existing ${preview.existing?.status ?? ''} film`}
          </Pill>
        )}
      </header>

      {!preview.ok && (
        <Banner type="error">
          <strong>
            {preview.file}
            {preview.line ? `:${preview.line}` : ''}
          </strong>{' '}
          {preview.message}
        </Banner>
      )}

      {preview.ok && (
        <>
          <p className={styles.facts}>
            <strong>{preview.film.title}</strong>
            {preview.film.releaseDate ? ` (${preview.film.releaseDate.slice(0, 4)})` : ''}
            {preview.film.directors.length > 0 ? ` — directed by ${preview.film.directors.join(', ')}` : ''}
            {' · '}
            {plural(preview.film.symbols.length, 'symbol', 'symbols')},{' '}
            {plural(preview.film.questions.length, 'question', 'questions')}
            {preview.film.coreMeaning ? ', core meaning' : ', no core meaning'}
            {preview.film.genres.length > 0 ? ` · ${preview.film.genres.join(', ')}` : ''}
          </p>
          {entry.poster && <p className={styles.facts}>Poster: {entry.poster.name}</p>}
          {preview.existing && (
            <p>
              Films are matched by slug: this file updates{' '}
              <Link href={preview.existing.adminURL}>/films/{preview.film.slug}</Link>.
            </p>
          )}
          {preview.refusal && <Banner type="error">{preview.refusal}</Banner>}

          <section aria-label={`What the parser guessed in ${preview.file}`} className={styles.guesses}>
            <h3>What the parser guessed</h3>
            <ul>
              {preview.themes.map((theme) => (
                <li key={theme.text} data-source={theme.source}>
                  {preview.themesLine ? `Line ${preview.themesLine}: ` : ''}
                  {theme.explanation}
                </li>
              ))}
              {preview.guesses.map((guess) => (
                <li key={guess.field}>{guess.explanation}</li>
              ))}
            </ul>
          </section>

          <ThemeEditor
            file={preview.file}
            themes={entry.themes}
            parsed={preview.film.themes}
            onChange={(themes) => onChange({ ...entry, themes })}
          />

          {preview.warnings.length > 0 && (
            <Banner type="warning">
              <ul className={styles.warnings}>
                {preview.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </Banner>
          )}

          <p className={styles.include}>
            <input
              id={includeId}
              type="checkbox"
              checked={entry.include && !preview.refusal}
              disabled={Boolean(preview.refusal)}
              onChange={(event) => onChange({ ...entry, include: event.target.checked })}
            />{' '}
            <label htmlFor={includeId}>Import this file</label>
          </p>
        </>
      )}

      <details className={styles.source} open={!preview.ok}>
        <summary>Edit the text</summary>
        <label htmlFor={textId}>Text of {preview.file}</label>
        <textarea
          id={textId}
          rows={14}
          spellCheck={false}
          value={entry.draftText}
          onChange={(event) => onChange({ ...entry, draftText: event.target.value })}
        />
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={onRepreview}>
          Preview again
        </Button>
      </details>
    </article>
  )
}
