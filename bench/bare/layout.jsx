// The bare reference app's root layout: nothing but the document.
export const metadata = { title: 'Bare static page' }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
