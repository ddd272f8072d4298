import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { MAX_FILE_BYTES, MAX_FILES } from '../../src/import/admin/limits'

// The import page and the endpoints read their limits from src/import/admin/limits.ts; the README
// is the one place that repeats them, so it is checked against that file.
const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ')

describe('README', () => {
  it('gives the admin import the limits the code enforces', () => {
    expect(readme).toContain(`at most ${MAX_FILES} files of ${MAX_FILE_BYTES / 1024} KB`)
  })
})
