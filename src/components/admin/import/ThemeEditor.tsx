'use client'
import { Button } from '@payloadcms/ui'
import { Fragment } from 'react'

import styles from './import.module.scss'
import { joinWithNext, splitTheme, wordsOf } from './themeSplit'

type Props = {
  file: string
  themes: string[]
  parsed: string[]
  onChange: (themes: string[]) => void
}

/** The themes as chips: a cut between two words splits a theme, "+" joins two themes. */
export function ThemeEditor({ file, themes, parsed, onChange }: Props) {
  const changed = themes.join('\u0000') !== parsed.join('\u0000')
  return (
    <fieldset className={styles.themes}>
      <legend>Themes ({themes.length})</legend>
      <ol className={styles.chips} aria-label={`Themes of ${file}`}>
        {themes.map((theme, i) => (
          <li key={`${i}:${theme}`} className={styles.chipItem}>
            <span className={styles.chip} data-theme={theme}>
              {wordsOf(theme).map((word, at) => (
                <Fragment key={at}>
                  {at > 0 && (
                    <button
                      type="button"
                      className={styles.cut}
                      aria-label={`Split "${theme}" before "${word}"`}
                      title={`Split before "${word}"`}
                      onClick={() => onChange(splitTheme(themes, i, at))}
                    />
                  )}
                  <span>{word}</span>
                </Fragment>
              ))}
            </span>
            {i < themes.length - 1 && (
              <button
                type="button"
                className={styles.join}
                aria-label={`Join "${theme}" and "${themes[i + 1]}" into one theme`}
                title="Join with the next theme"
                onClick={() => onChange(joinWithNext(themes, i))}
              >
                +
              </button>
            )}
          </li>
        ))}
      </ol>
      <p className={styles.hint}>
        Click between two words to split a theme, or “+” to join two. To change the words themselves, edit the text
        below and preview again.
      </p>
      {changed && (
        <Button buttonStyle="secondary" size="small" onClick={() => onChange(parsed)}>
          Back to the parser’s split
        </Button>
      )}
    </fieldset>
  )
}
