// Debian's Chromium and the flags it runs with here (as root, no network but loopback), shared by
// the browser tests and the Lighthouse benchmark.

export const CHROMIUM = '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Only 127.0.0.1 and localhost resolve, so nothing a page asks for leaves the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
]
