// A visitor: no draft mode, no session.
export const draftMode = async () => ({ isEnabled: false })
export const headers = async () => new Headers()
