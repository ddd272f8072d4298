import type { Metadata } from 'next'

import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { themeMetadata, themePageOrNotFound, ThemeView } from '@/components/theme/ThemePage'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = noPathsAtBuild

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return themeMetadata((await params).slug, 1)
}

export default async function ThemePage({ params }: Props) {
  return <ThemeView page={await themePageOrNotFound((await params).slug, 1)} />
}
