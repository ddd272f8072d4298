import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="page">
      <h1 className="page-title">Not found</h1>
      <p>There is no published analysis at this address.</p>
      <p>
        <Link href="/">See all films</Link>
      </p>
    </div>
  )
}
