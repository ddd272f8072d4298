import type { FieldHook, SelectField } from 'payload'

export const REVIEW_STATES = [
  { label: 'Draft', value: 'draft' },
  { label: 'In review', value: 'in-review' },
  { label: 'Published', value: 'published' },
] as const

/**
 * Publishing is Payload's `_status`; the review state adds the step before it and follows it:
 * publishing marks the work published, and any later draft (an unpublish, or new edits to a
 * published work) starts again as a draft unless its author submits it for review.
 */
export const followPublishing: FieldHook = ({ siblingData, value }) => {
  if (siblingData._status === 'published') return 'published'
  return value === 'in-review' ? 'in-review' : 'draft'
}

/** Draft → in review → published, as a column and filter so editors see what awaits them. */
export const reviewField = (): SelectField => ({
  name: 'review',
  label: 'Review',
  type: 'select',
  // Not `required`: the hook always sets it, and required would make every create name it.
  defaultValue: 'draft',
  index: true,
  options: [...REVIEW_STATES],
  hooks: { beforeChange: [followPublishing] },
  admin: {
    position: 'sidebar',
    description:
      'Writers: choose “In review” and save when the work is ready for an editor. Publishing sets “Published”.',
  },
})
