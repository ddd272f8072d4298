/** How much one admin import may carry. The sample analyses are 1.5–6 KB each. */
export const MAX_FILES = 20
export const MAX_FILE_BYTES = 256 * 1024
export const MAX_FILE_NAME_LENGTH = 200
export const MAX_THEMES = 50
export const MAX_THEME_LENGTH = 200
/** Files plus multipart or JSON overhead. */
export const MAX_BODY_BYTES = MAX_FILES * MAX_FILE_BYTES + 64 * 1024
