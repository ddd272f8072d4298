import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// Where a Node process's CPU time went, from the .cpuprofile V8 writes with `--cpu-prof`: self time
// per function, and per package (the node_modules folder a function's file is in, React's DOM
// renderer named apart from the rest of Next since Next ships it compiled in).

/** The part of the code a frame belongs to, in the words a reader of the table uses. */
export function whereOf(url, functionName) {
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection'
    if (functionName === '(program)') return 'V8 and native code'
    return functionName === '(idle)' ? 'idle' : 'native'
  }
  if (url.startsWith('node:')) return 'Node.js core'
  const compiled = /node_modules\/next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
  if (compiled) return `${compiled[1]} (compiled into next)`
  const modules = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].at(-1)
  if (modules) return modules[1]
  if (url.includes('/.next/')) return 'app bundle (.next/server)'
  return 'other'
}

/**
 * Self time by package and by function, in milliseconds and as a share of the busy time (idle
 * excluded), largest first. With `fromUs`/`toUs` only the samples taken in that window count:
 * V8 stamps them with the monotonic clock in microseconds, the clock of `process.hrtime`, so the
 * window is the one the benchmark measured in (not the server's start-up, say).
 */
export function summariseProfile(profile, { top = 12, fromUs = -Infinity, toUs = Infinity } = {}) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfMs = new Map()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    if (at >= fromUs && at <= toUs) selfMs.set(id, (selfMs.get(id) ?? 0) + delta / 1000)
  })
  const packages = new Map()
  const functions = new Map()
  let busyMs = 0
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byNode.get(id).callFrame
    const where = whereOf(url, functionName)
    if (where === 'idle') continue
    busyMs += ms
    packages.set(where, (packages.get(where) ?? 0) + ms)
    const name = `${functionName || '(anonymous)'} (${where}${url ? `, ${path.basename(url)}:${lineNumber + 1}` : ''})`
    functions.set(name, (functions.get(name) ?? 0) + ms)
  }
  const ranked = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: busyMs ? ms / busyMs : 0 }))
  return { busyMs, packages: ranked(packages), functions: ranked(functions) }
}

/** The largest profile in `dir`: the server's, should any short-lived helper process have written one too. */
export function largestProfile(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
  if (files.length === 0) throw new Error(`no .cpuprofile was written to ${dir}`)
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0]
  return JSON.parse(readFileSync(largest, 'utf8'))
}
