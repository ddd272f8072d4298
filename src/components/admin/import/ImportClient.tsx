'use client'
import { Banner, Button, Dropzone, SetStepNav, useConfig } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { ConfirmResult, PreviewFile, PublishStatus } from '../../../import/admin/types'
import { confirmImport, previewFiles } from './api'
import { FileCard, type Entry } from './FileCard'
import styles from './import.module.scss'
import { ImportResults } from './ImportResults'
import { isPosterFile, postersFor, unpairedImages } from './posterFiles'

type Props = { canPublish: boolean; maxFiles: number; maxFileKB: number }

const entryFor = (preview: PreviewFile, fallbackText: string, poster: File | null): Entry => ({
  text: preview.ok ? preview.text : fallbackText,
  draftText: preview.ok ? preview.text : fallbackText,
  preview,
  themes: preview.ok ? preview.film.themes : [],
  include: preview.ok && !preview.refusal,
  poster,
})

/** Upload → preview with the parser's guesses → adjust → confirm. Nothing is written before "Import". */
export function ImportClient({ canPublish, maxFiles, maxFileKB }: Props) {
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const inputId = useId()
  const [chosen, setChosen] = useState<File[]>([])
  const [entries, setEntries] = useState<Entry[]>([])
  const [status, setStatus] = useState<PublishStatus>('draft')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [results, setResults] = useState<ConfirmResult[] | null>(null)

  const choose = (files: FileList | null) => {
    setChosen(files ? [...files] : [])
    setEntries([])
    setResults(null)
    setProblem(null)
  }

  const preview = async () => {
    const texts = chosen.filter((file) => !isPosterFile(file))
    const images = chosen.filter(isPosterFile)
    const unpaired = unpairedImages(texts, images)
    if (unpaired.length > 0 || texts.length === 0) {
      setProblem(
        texts.length === 0
          ? 'Choose at least one analysis file (.txt); images go with the file of the same name.'
          : `${unpaired.map((image) => image.name).join(', ')}: no analysis file of the same name was chosen. A poster goes with its file, e.g. film.jpg with film.txt.`,
      )
      return
    }
    setBusy(true)
    setProblem(null)
    const answer = await previewFiles(apiRoute, texts)
    if (answer.ok) {
      const contents = await Promise.all(texts.map((file) => file.text().catch(() => '')))
      const posters = postersFor(texts, images)
      setEntries(answer.data.files.map((file, i) => entryFor(file, contents[i] ?? '', posters[i] ?? null)))
    } else {
      setProblem(answer.message)
    }
    setBusy(false)
  }

  const repreview = async (index: number) => {
    const entry = entries[index]
    if (!entry) return
    setBusy(true)
    setProblem(null)
    const answer = await previewFiles(apiRoute, [
      new File([entry.draftText], entry.preview.file, { type: 'text/plain' }),
    ])
    const file = answer.ok ? answer.data.files[0] : undefined
    if (file) setEntries((all) => all.map((e, i) => (i === index ? entryFor(file, entry.draftText, entry.poster) : e)))
    else setProblem(answer.ok ? 'The server sent no preview.' : answer.message)
    setBusy(false)
  }

  const selected = entries.filter((e) => e.include && e.preview.ok && !e.preview.refusal)

  const confirm = async () => {
    setBusy(true)
    setProblem(null)
    const files = selected.map((e) => ({ file: e.preview.file, text: e.text, themes: e.themes }))
    const answer = await confirmImport(
      apiRoute,
      { status, files },
      selected.map((e) => e.poster),
    )
    if (answer.ok) {
      setResults(answer.data.files)
      setEntries([])
    } else {
      setProblem(answer.message)
    }
    setBusy(false)
  }

  return (
    <div className={styles.importView}>
      <SetStepNav nav={[{ label: 'Import files' }]} />
      <p className={styles.intro}>
        Upload analysis text files (the format of the sample films, UTF-8, at most {maxFiles} files of {maxFileKB} KB).
        You will see what the importer read and every guess it made before anything is saved. Films are matched by slug:
        an existing film is updated. An image chosen with a file under the same name (film.jpg with film.txt; JPEG, PNG
        or WebP) becomes the film&apos;s poster.
      </p>

      <Dropzone multipleFiles onChange={choose} className={styles.dropzone}>
        <label htmlFor={inputId} className={styles.dropLabel}>
          Choose analysis files (.txt), or drop them here
        </label>
        <input
          id={inputId}
          name="files"
          type="file"
          multiple
          accept=".txt,text/plain,.jpg,.jpeg,.png,.webp"
          onChange={(event) => choose(event.target.files)}
        />
        {chosen.length > 0 && <p>{chosen.map((f) => f.name).join(', ')}</p>}
      </Dropzone>

      <Button buttonStyle="primary" disabled={busy || chosen.length === 0} onClick={() => void preview()}>
        Preview
      </Button>

      {problem && (
        <div role="alert">
          <Banner type="error">{problem}</Banner>
        </div>
      )}

      {entries.length > 0 && (
        <>
          <p role="status" className={styles.nothingYet}>
            Preview only: nothing has been saved yet.
          </p>
          {entries.map((entry, i) => (
            <FileCard
              key={`${i}:${entry.preview.file}`}
              entry={entry}
              busy={busy}
              onChange={(next) => setEntries((all) => all.map((e, j) => (j === i ? next : e)))}
              onRepreview={() => void repreview(i)}
            />
          ))}
          <fieldset className={styles.status}>
            <legend>Save the films as</legend>
            <label>
              <input
                type="radio"
                name="import-status"
                value="draft"
                checked={status === 'draft'}
                onChange={() => setStatus('draft')}
              />{' '}
              Drafts
            </label>
            <label>
              <input
                type="radio"
                name="import-status"
                value="published"
                checked={status === 'published'}
                disabled={!canPublish}
                onChange={() => setStatus('published')}
              />{' '}
              Published{canPublish ? '' : ' (editors only: writers import drafts)'}
            </label>
          </fieldset>
          <Button buttonStyle="primary" disabled={busy || selected.length === 0} onClick={() => void confirm()}>
            {`Import ${selected.length} ${selected.length === 1 ? 'film' : 'films'}`}
          </Button>
        </>
      )}

      {results && <ImportResults results={results} />}
    </div>
  )
}
