// Module hooks for timing the content layer outside Next: `next/cache` and `next/headers` work
// only inside a request, so a script gets stand-ins that read as a visitor with no cache in front,
// which is what "uncached server time" means.
const STAND_INS = {
  'next/cache': new URL('./next-cache.mjs', import.meta.url).href,
  'next/headers': new URL('./next-headers.mjs', import.meta.url).href,
}

export async function resolve(specifier, context, nextResolve) {
  const url = STAND_INS[specifier]
  return url ? { url, shortCircuit: true } : nextResolve(specifier, context)
}
