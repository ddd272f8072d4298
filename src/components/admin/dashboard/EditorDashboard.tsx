import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { loadDashboard, type WorkItem } from './dashboardData'
import styles from './dashboard.module.scss'

/** One list of work on the dashboard, each item linking to its edit view. */
function WorkList({
  adminRoute,
  empty,
  items,
  title,
}: {
  adminRoute: string
  empty: string
  items: WorkItem[]
  title: string
}) {
  const id = `dashboard-${title.toLowerCase().replace(/\W+/g, '-')}`
  return (
    <section className={styles.panel} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      {items.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={formatAdminURL({ adminRoute, path: `/collections/${item.collection}/${item.id}` })}>
                {item.title}
              </a>{' '}
              <span className={styles.kind}>{item.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Above Payload's collection cards: what there is, what awaits review, the user's own drafts, what went out. */
export async function EditorDashboard({ payload, user }: ServerProps) {
  if (!payload || !user) return null
  const adminRoute = payload.config.routes.admin
  const { counts, inReview, myDrafts, recentlyPublished } = await loadDashboard(payload, user)
  return (
    <div className={styles.dashboard}>
      <section className={styles.panel} aria-labelledby="dashboard-counts">
        <h2 id="dashboard-counts" className={styles.heading}>
          Library
        </h2>
        <ul className={styles.counts}>
          {counts.map(({ collection, label, total }) => (
            <li key={collection}>
              <a href={formatAdminURL({ adminRoute, path: `/collections/${collection}` })} data-collection={collection}>
                <strong className={styles.total}>{total}</strong> {label}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <a className={styles.import} href={formatAdminURL({ adminRoute, path: '/import' })}>
            Import files
          </a>
        </p>
      </section>
      <WorkList adminRoute={adminRoute} title="Awaiting review" items={inReview} empty="Nothing awaits review." />
      <WorkList adminRoute={adminRoute} title="Your drafts" items={myDrafts} empty="You have no drafts." />
      <WorkList
        adminRoute={adminRoute}
        title="Recently published"
        items={recentlyPublished}
        empty="Nothing is published yet."
      />
    </div>
  )
}
