import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { ROOT } from './processes.mjs'

// The shipped caching front (deploy/front/front.mjs): its `startFront({ upstream, port, stateDir,
// secret })`, or the reason the figures that need it are not run.

const FRONT = path.join(ROOT, 'deploy/front/front.mjs')

/** `startFront`, or null when the front is not in this tree. */
export async function loadFront() {
  if (!existsSync(FRONT)) return null
  const { startFront } = await import(pathToFileURL(FRONT).href)
  return typeof startFront === 'function' ? startFront : null
}

export const FRONT_MISSING = 'not run: deploy/front/front.mjs missing'

/** Stops what `startFront` returned, whichever of the usual names it gives that. */
export async function stopFront(front) {
  if (typeof front?.stop === 'function') await front.stop()
  else if (typeof front?.close === 'function') await front.close()
}
