import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// src/filmText is the text format and nothing else: the importer, the admin import and the export
// use it, and it must stay usable without Payload, Next or React (and without the rest of src/).
const root = path.resolve(import.meta.dirname, '../../../src/filmText')

// Libraries with no framework behind them that the format may use.
const PURE_LIBRARIES = new Set(['@sindresorhus/slugify'])

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : []
  })

/** Every module a file names: static imports and re-exports, `import()`, `require()`. */
const specifiersOf = (file: string): string[] =>
  ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName)

const packageOf = (specifier: string): string => {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

/** Why `specifier`, imported by `file`, breaks the boundary; null when it is allowed. */
function violation(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier)
    return target === root || target.startsWith(`${root}${path.sep}`)
      ? null
      : `reaches outside src/filmText (${target})`
  }
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return null
  if (PURE_LIBRARIES.has(packageOf(specifier))) return null
  return `imports "${specifier}", which is not a Node built-in or an allowed pure library`
}

describe('src/filmText', () => {
  const files = sourceFiles(root)

  it('has its parser, writer, vocabularies and types', () => {
    const names = files.map((f) => path.relative(root, f))
    expect(names).toEqual(
      expect.arrayContaining(['index.ts', 'types.ts', 'write.ts', 'parse/parseFilm.ts', 'vocabulary/themes.ts']),
    )
  })

  it('imports nothing from Payload, Next, React or the rest of the code base', () => {
    const problems = files.flatMap((file) =>
      specifiersOf(file).flatMap((specifier) => {
        const why = violation(file, specifier)
        return why ? [`${path.relative(root, file)}: ${why}`] : []
      }),
    )
    expect(problems).toEqual([])
  })

  it('has no import circle inside it, type-only imports included', () => {
    // ESLint's import-x/no-cycle ignores type-only imports; the circle this module was carved out
    // to end ran through one (the ThemeGuess type), so it is looked for here as well.
    const resolve = (from: string, specifier: string): string | undefined => {
      const base = path.resolve(path.dirname(from), specifier)
      return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => files.includes(f))
    }
    const edges = new Map(
      files.map((file) => [
        file,
        specifiersOf(file).flatMap((s) => (s.startsWith('.') ? [resolve(file, s)].filter((f) => f !== undefined) : [])),
      ]),
    )
    const circles: string[] = []
    const walk = (file: string, route: string[]) => {
      for (const next of edges.get(file) ?? []) {
        if (next === route[0]) circles.push([...route, next].map((f) => path.relative(root, f)).join(' → '))
        else if (!route.includes(next) && route.length < files.length) walk(next, [...route, next])
      }
    }
    for (const file of files) walk(file, [file])
    expect(circles).toEqual([])
  })

  it('the check sees every kind of import it guards against', () => {
    const file = path.join(root, 'write.ts')
    const probe = ts.preProcessFile(
      "import a from 'payload'\nexport { b } from '@payloadcms/ui'\nconst c = import('next/headers')\nconst d = require('react')\nimport e from '../lib/urls'\nimport type { F } from './types'",
      true,
      true,
    )
    const verdicts = probe.importedFiles.map((f) => [f.fileName, violation(file, f.fileName) !== null])
    expect(verdicts).toEqual([
      ['payload', true],
      ['@payloadcms/ui', true],
      ['next/headers', true],
      ['react', true],
      ['../lib/urls', true],
      ['./types', false],
    ])
  })
})
