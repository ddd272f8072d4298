import type { Payload } from 'payload'

// Where an imported file's CPU time goes, by Local API call: `npm run bench:catalogue -- --profile`.
// Each call's own CPU time is counted without the calls it makes (a symbol's create without the
// search entry its hook creates), which holds because the importer makes its calls one at a time.

const METHODS = ['create', 'update', 'find', 'findByID', 'count', 'countVersions', 'delete'] as const

type Spent = { calls: number; cpuMs: number }

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** Starts counting; the function it returns gives the table, per file, of everything since. */
export function profileLocalApi(payload: Payload): (files: number) => string {
  const spent = new Map<string, Spent>()
  const stack: { childMs: number }[] = []
  const api = payload as unknown as Record<string, (args: { collection: string }) => Promise<unknown>>
  for (const method of METHODS) {
    const original = api[method]!.bind(payload)
    api[method] = async (args) => {
      const frame = { childMs: 0 }
      const start = cpuMs()
      stack.push(frame)
      try {
        return await original(args)
      } finally {
        stack.pop()
        const total = cpuMs() - start
        const key = `${method} ${args.collection}`
        const entry = spent.get(key) ?? { calls: 0, cpuMs: 0 }
        entry.calls += 1
        entry.cpuMs += total - frame.childMs
        spent.set(key, entry)
        const parent = stack.at(-1)
        if (parent) parent.childMs += total
      }
    }
  }
  const started = cpuMs()
  return (files) => {
    const total = cpuMs() - started
    const perFile = (n: number) => (n / files).toFixed(1)
    const rows = [...spent].sort((a, b) => b[1].cpuMs - a[1].cpuMs)
    const inCalls = rows.reduce((sum, [, s]) => sum + s.cpuMs, 0)
    return [
      `| Local API call | calls per file | CPU ms per file |`,
      `|---|---|---|`,
      ...rows.map(([key, s]) => `| ${key} | ${perFile(s.calls)} | ${perFile(s.cpuMs)} |`),
      `| outside these calls (parsing, rich text, transactions, reading files) | | ${perFile(total - inCalls)} |`,
      `| **all** | | **${perFile(total)}** |`,
    ].join('\n')
  }
}
