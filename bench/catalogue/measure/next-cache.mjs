// Every content read goes to the database: nothing is cached, nothing to expire.
export const unstable_cache = (query) => query
export const revalidateTag = () => undefined
