// The bare reference app's config: Next's defaults, except that Turbopack may follow the
// node_modules symlink into the project (it refuses paths outside its root otherwise).
const config = { turbopack: { root: '/' } }

export default config
