import { absoluteURL } from '@/lib/urls'
import { JsonLd } from '@/components/seo/JsonLd'

export type Crumb = { label: string; href: string }

/**
 * Where a page sits: its ancestors linked, then the page itself. The same trail goes to search
 * engines as a BreadcrumbList.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: trail.map((crumb, i) => ({
            '@type': 'ListItem',
            position: i + 1,
            name: crumb.label,
            item: absoluteURL(crumb.href),
          })),
        }}
      />
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          {trail.map((crumb, i) => (
            <li key={crumb.href}>
              {i === trail.length - 1 ? (
                <span aria-current="page">{crumb.label}</span>
              ) : (
                <a href={crumb.href}>{crumb.label}</a>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </>
  )
}
