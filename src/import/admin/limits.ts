/** How much one admin import may carry. The sample analyses are 1.5–6 KB each; all of it fits the
 * API's 4 MB JSON limit (src/api/bodyLimit.ts), since confirm sends the files' text as JSON. */
export const MAX_FILES = 20
export const MAX_FILE_BYTES = 128 * 1024
export const MAX_FILE_NAME_LENGTH = 200
export const MAX_THEMES = 50
export const MAX_THEME_LENGTH = 200
/** Files plus multipart or JSON overhead. */
export const MAX_BODY_BYTES = MAX_FILES * MAX_FILE_BYTES + 64 * 1024
