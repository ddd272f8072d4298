import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { noPathsAtBuild } from '@/lib/renderOnDemand'
import { themeMetadata, themePageOrNotFound, ThemeView } from '@/components/theme/ThemePage'

type Props = { params: Promise<{ slug: string; page: string }> }

export const generateStaticParams = noPathsAtBuild

/** Page 2 on, written as `paths.themePage` writes it; any other spelling is not a page, so it is never cached. */
async function pageOf(params: Props['params']): Promise<{ slug: string; page: number }> {
  const { slug, page } = await params
  if (!/^[1-9]\d{0,3}$/.test(page) || page === '1') notFound()
  return { slug, page: Number(page) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await pageOf(params)
  return themeMetadata(slug, page)
}

export default async function ThemeFilmsPage({ params }: Props) {
  const { slug, page } = await pageOf(params)
  return <ThemeView page={await themePageOrNotFound(slug, page)} />
}
