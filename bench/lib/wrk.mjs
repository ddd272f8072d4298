import { spawn } from 'node:child_process'

// Load from a second process: wrk (Debian's package), one thread, C keep-alive connections. Its
// text output is parsed rather than a Lua reporter added, so the only moving part is wrk itself.

const UNIT_MS = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** `34.00ms` → 34; `1.20s` → 1200. */
export function durationMs(text) {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text.trim())
  if (!match) throw new Error(`not a wrk duration: ${text}`)
  return Number(match[1]) * UNIT_MS[match[2]]
}

/**
 * @typedef {{ requestsPerSecond: number, requests: number, seconds: number, p50: number, p75: number,
 *   p90: number, p99: number, socketErrors: number, non2xx: number }} WrkResult
 */

/**
 * The figures of one `wrk --latency` run: requests/s, the latency percentiles it prints (50, 75,
 * 90, 99), the request count, and every error it counts (socket errors and non-2xx/3xx answers).
 * @param {string} output
 * @returns {WrkResult}
 */
export function parseWrk(output) {
  const requestsPerSecond = /^Requests\/sec:\s+([\d.]+)/m.exec(output)
  const requests = /^\s*(\d+) requests in ([\d.]+\w+)/m.exec(output)
  if (!requestsPerSecond || !requests) throw new Error(`wrk printed no result:\n${output}`)
  const latency = Object.fromEntries(
    [...output.matchAll(/^\s+(50|75|90|99)%\s+([\d.]+\w+)\s*$/gm)].map(([, percent, value]) => [
      `p${percent}`,
      durationMs(value),
    ]),
  )
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)
  return {
    requestsPerSecond: Number(requestsPerSecond[1]),
    requests: Number(requests[1]),
    seconds: durationMs(requests[2]) / 1000,
    ...latency,
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    non2xx: non2xx ? Number(non2xx[1]) : 0,
  }
}

/**
 * Starts wrk against `url`. `result` resolves with the parsed figures when it ends; `stop()` ends
 * it early (wrk then prints what it measured so far).
 */
export function startWrk(url, { connections = 32, seconds = 8, headers = {} } = {}) {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '10s']
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
  const child = spawn('wrk', [...args, url], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const result = new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', () => {
      try {
        resolve(parseWrk(output))
      } catch (error) {
        reject(error)
      }
    })
  })
  return { result, stop: () => child.exitCode === null && child.kill('SIGINT') }
}

/** One complete wrk run. */
export const wrk = (url, options) => startWrk(url, options).result
