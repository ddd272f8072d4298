import { describe, expect, it } from 'vitest'

import { durationMs, parseWrk } from '../../bench/lib/wrk.mjs'

// The benchmark reads wrk's text output: every figure of the load rows comes from this parser.

// `wrk -t1 -c32 -d2s --latency` against a page that answered some requests 503 (Debian's wrk 4.1.0).
const OUTPUT = `Running 2s test @ http://127.0.0.1:40123/films/miracle-in-cell-no-7
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    39.52ms   20.18ms   1.20s    95.00%
    Req/Sec   812.00    100.00     1.00k    70.00%
  Latency Distribution
     50%  834.00us
     75%   40.00ms
     90%   50.12ms
     99%    1.20s
  1624 requests in 2.00s, 84.95MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 7
Requests/sec:    811.53
Transfer/sec:     42.47MB
`

describe('parseWrk', () => {
  it('reads requests/s, the latency percentiles in milliseconds and the request count', () => {
    const result = parseWrk(OUTPUT)
    expect(result).toMatchObject({ requestsPerSecond: 811.53, requests: 1624, seconds: 2 })
    expect(result.p50).toBeCloseTo(0.834)
    expect(result.p75).toBe(40)
    expect(result.p90).toBeCloseTo(50.12)
    expect(result.p99).toBe(1200)
  })

  it('counts socket errors and non-2xx answers, which make a figure meaningless', () => {
    expect(parseWrk(OUTPUT)).toMatchObject({ socketErrors: 5, non2xx: 7 })
    const clean = OUTPUT.replace(/ {2}Socket errors.*\n {2}Non-2xx.*\n/, '')
    expect(parseWrk(clean)).toMatchObject({ socketErrors: 0, non2xx: 0 })
  })

  it('refuses output without a result rather than reporting zeros', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused\n')).toThrow(/no result/)
  })
})

describe('durationMs', () => {
  it.each([
    ['834.00us', 0.834],
    ['34.00ms', 34],
    ['1.20s', 1200],
    ['2.00m', 120_000],
  ])('%s is %f ms', (text, expected) => expect(durationMs(text)).toBeCloseTo(expected))

  it('refuses what is not a duration', () => expect(() => durationMs('12 parsecs')).toThrow(/not a wrk duration/))
})
