import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { freePort, ROOT, startProcess, waitForOk } from './processes.mjs'

// nginx (Debian's package) serving given bytes from disk at /film: the practical limit of this
// machine for one page over HTTP. Its config is rendered from bench/static-nginx.conf.

/** Renders `{{name}}` placeholders. */
export const render = (template, values) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`no value for {{${name}}}`)
    return String(values[name])
  })

/** Starts nginx serving `body` at /film from a folder under `dir` (readable by all); resolves with its URL and `stop`. */
export async function startStaticNginx(body, dir) {
  const prefix = path.join(dir, 'nginx')
  mkdirSync(path.join(prefix, 'www'), { recursive: true })
  // Workers run as an unprivileged user when nginx starts as root: they must be able to read it.
  for (const folder of [prefix, path.join(prefix, 'www')]) chmodSync(folder, 0o755)
  writeFileSync(path.join(prefix, 'www/film.html'), body)
  const port = await freePort()
  const config = render(readFileSync(path.join(ROOT, 'bench/static-nginx.conf'), 'utf8'), { prefix, port })
  writeFileSync(path.join(prefix, 'nginx.conf'), config)
  const server = startProcess('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
    logFile: path.join(dir, 'nginx.log'),
  })
  await waitForOk(`http://127.0.0.1:${port}/film`, { child: server.child, timeoutMs: 10_000 })
  return { url: `http://127.0.0.1:${port}/film`, stop: server.stop }
}
