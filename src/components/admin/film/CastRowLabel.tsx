'use client'
import { useConfig, usePayloadAPI, useRowLabel } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

type CastRow = { person?: number | string | { id: number | string; name?: string } | null; character?: string | null }

/** A cast row's label: "Actor as Character" instead of Payload's "Cast 01". */
export function CastRowLabel() {
  const { data, rowNumber } = useRowLabel<CastRow>()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const person = data?.person
  const id = person && typeof person === 'object' ? person.id : person
  const known = person && typeof person === 'object' ? person.name : undefined
  // The row holds the person's id only; their name is read once per row (empty URL: no request).
  const [state] = usePayloadAPI(
    id !== undefined && id !== null && !known ? formatAdminURL({ apiRoute: api, path: `/people/${id}` }) : '',
    { initialParams: { depth: 0, select: { name: true } } },
  )
  const name = known ?? (state.data as { name?: string } | undefined)?.name
  const character = data?.character?.trim()
  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  if (!name && !character) return <span>Cast member {number}</span>
  return <span>{[name ?? 'Unnamed', character].filter(Boolean).join(' as ')}</span>
}
