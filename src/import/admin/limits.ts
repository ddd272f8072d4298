/** How much one admin import may carry. The sample analyses are 1.5–6 KB each; all of it fits the
 * API's 4 MB JSON limit (src/api/bodyLimit.ts), since confirm sends the files' text as JSON. */
export const MAX_FILES = 20
export const MAX_FILE_BYTES = 128 * 1024
export const MAX_FILE_NAME_LENGTH = 200
export const MAX_THEMES = 50
export const MAX_THEME_LENGTH = 200
/** Files plus multipart or JSON overhead. */
export const MAX_BODY_BYTES = MAX_FILES * MAX_FILE_BYTES + 64 * 1024
/** A poster sent with an analysis file (JPEG, PNG or WebP). */
export const MAX_POSTER_BYTES = 2 * 1024 * 1024
/** All the posters of one import together. */
export const MAX_POSTERS_BYTES = 8 * 1024 * 1024
/**
 * A confirm that carries posters (multipart): the texts, the posters and the form's overhead. It
 * stays under next.config.mjs's proxyClientMaxBodySize (12 MB), which would cut a larger body.
 */
export const MAX_CONFIRM_BYTES = MAX_BODY_BYTES + MAX_POSTERS_BYTES
