/** Names of populated relationships; an unpopulated one (an id the visitor may not read) is skipped. */
export const names = (related: readonly unknown[] | null | undefined): string[] =>
  (related ?? []).flatMap((item) =>
    item !== null && typeof item === 'object' && 'name' in item && typeof item.name === 'string' ? [item.name] : [],
  )
