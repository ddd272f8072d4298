import { describe, expect, it } from 'vitest'

import { summariseProfile, whereOf } from '../../bench/lib/profile.mjs'

// RESULTS.md explains a missed target with the server's CPU profile: which package the time went to.

describe('whereOf', () => {
  it.each([
    [
      'file:///w/node_modules/next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js',
      'react-dom (compiled into next)',
    ],
    ['file:///w/node_modules/next/dist/server/base-server.js', 'next'],
    ['file:///w/node_modules/@libsql/client/lib-esm/sqlite3.js', '@libsql/client'],
    ['file:///w/node_modules/payload/node_modules/ajv/dist/core.js', 'ajv'],
    ['file:///w/.next/server/chunks/ssr/[root-of-the-server]__0a1b._.js', 'app bundle (.next/server)'],
    ['node:internal/streams/readable', 'Node.js core'],
  ])('%s is %s', (url, expected) => expect(whereOf(url, 'f')).toBe(expected))

  it('names the engine’s own pseudo-frames', () => {
    expect(whereOf('', '(garbage collector)')).toBe('garbage collection')
    expect(whereOf('', '(idle)')).toBe('idle')
  })
})

describe('summariseProfile', () => {
  const frame = (id: number, functionName: string, url: string) => ({
    id,
    callFrame: { functionName, url, lineNumber: 9, columnNumber: 0, scriptId: String(id) },
  })
  const profile = {
    nodes: [
      frame(1, '(root)', ''),
      frame(2, 'renderToString', 'file:///w/node_modules/next/dist/compiled/react-dom/server.js'),
      frame(3, 'query', 'file:///w/node_modules/@libsql/client/index.js'),
      frame(4, '(idle)', ''),
    ],
    // 3 samples of 1 ms in React, 1 of 2 ms in libsql, 10 ms idle; stamped 1001, 1002, 1004, 1014, 1015 ms.
    startTime: 1_000_000,
    samples: [2, 2, 3, 4, 2],
    timeDeltas: [1000, 1000, 2000, 10_000, 1000],
  }

  it('adds self time per package and per function, idle excluded, largest first', () => {
    const summary = summariseProfile(profile)
    expect(summary.busyMs).toBe(5)
    expect(summary.packages).toEqual([
      { name: 'react-dom (compiled into next)', ms: 3, share: 0.6 },
      { name: '@libsql/client', ms: 2, share: 0.4 },
    ])
    expect(summary.functions[0]).toEqual({
      name: 'renderToString (react-dom (compiled into next), server.js:10)',
      ms: 3,
      share: 0.6,
    })
  })

  it('counts only the samples of the window asked for', () => {
    const summary = summariseProfile(profile, { fromUs: 1_003_000, toUs: 1_015_000 })
    expect(summary.busyMs).toBe(3)
    expect(summary.packages.map((p) => p.name)).toEqual(['@libsql/client', 'react-dom (compiled into next)'])
  })
})
