import sharp, { type SharpOptions } from 'sharp'

// Limits on what an upload may cost the server. Payload already checks each file's type by its
// content (not its name) against the collection's mime types, which leave out SVG.

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** A decompression bomb (a small file of enormous dimensions) is refused before it is decoded. */
export const MAX_INPUT_PIXELS = 40_000_000

/** sharp with a pixel limit on every input, handed to Payload for its image sizes. */
export const limitedSharp: typeof sharp = Object.assign(
  (input?: Parameters<typeof sharp>[0], options?: SharpOptions) =>
    sharp(input, { ...options, limitInputPixels: MAX_INPUT_PIXELS }),
  sharp,
)
