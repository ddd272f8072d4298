import slugify from '@sindresorhus/slugify'
import { slugField, type RowField, type TextField } from 'payload'

// Payload's slugField gives the admin its generate/lock behaviour; @sindresorhus/slugify
// transliterates ("Amélie" → "amelie") where Payload's default would drop the letters.
export const toSlug = (value: unknown): string => (typeof value === 'string' ? slugify(value) : '')

const URL_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const validateSlug = (value: unknown): true | string =>
  typeof value === 'string' && URL_SAFE.test(value)
    ? true
    : 'Use only lowercase letters, digits and single hyphens (for example "miracle-in-cell-no-7").'

type SlugOptions = { from?: string; unique?: boolean }

/** A unique, URL-safe slug generated from `from` (default `title`) and editable in the sidebar. */
export const slug = ({ from = 'title', unique = true }: SlugOptions = {}): RowField =>
  slugField({
    useAsSlug: from,
    disableUnique: !unique,
    slugify: ({ valueToSlugify }) => toSlug(valueToSlugify) || undefined,
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        'name' in field && field.name === 'slug'
          ? ({
              ...field,
              validate: validateSlug,
              // Long enough for any title's slug, short enough for a URL.
              maxLength: 120,
              // Payload generates the slug in a sibling's beforeChange hook, which can run after this
              // field is validated; filling it before validation keeps `required` meaningful.
              hooks: {
                beforeValidate: [
                  ({ value, data }: { value?: string; data?: Record<string, unknown> }) =>
                    value || toSlug(data?.[from]) || value,
                ],
              },
            } as TextField)
          : field,
      ),
    }),
  })
