import type { Essay } from '@/payload-types'

export const ESSAY_KIND_LABELS: Record<Essay['kind'], string> = {
  'philosophical-question': 'Philosophical question',
  'core-meaning': 'Core meaning',
  analysis: 'Essay',
}
