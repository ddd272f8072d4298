import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { Essays } from './collections/Essays'
import { Films } from './collections/Films'
import { Genres } from './collections/Genres'
import { Media } from './collections/Media'
import { People } from './collections/People'
import { Symbols } from './collections/Symbols'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { boundTextFields } from './collections/fields/textBounds'
import { guardApiInputs } from './src/api/input'
import { documentShapeRules } from './src/api/graphqlDocument'
import { emailAdapter } from './src/config/email'
import { refusalLoggingLevels } from './src/database/refusals'
import { jobs } from './src/config/jobs'
import { search } from './src/config/search'
import { payloadSecret } from './src/config/secret'
import { seo } from './src/config/seo'
import { mediaStorage } from './src/config/storage'
import { answerRefusals } from './src/api/refusalResponses'
import { translateDatabaseErrors } from './src/database/translateErrors'
import { limitedSharp, MAX_UPLOAD_BYTES } from './src/config/uploads'
import { validationErrorDetails } from './src/api/validationErrorDetails'
import { importAdmin } from './src/import/admin/config'
import { importEndpoints } from './src/import/admin/endpoints'
import { databaseAdapter } from './src/database/adapter'
import { previewURL, publicPath } from './src/lib/publicPath'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Subtext' },
    // No gravatar.com request from the admin: it would leak editors' email hashes to a third party.
    avatar: 'default',
    components: {
      // "Import files" (/admin/import) and its link in the nav.
      ...importAdmin,
      // Counts, work awaiting review, the user's drafts and recent publications, above the cards.
      beforeDashboard: ['/src/components/admin/dashboard/EditorDashboard#EditorDashboard'],
    },
    // Live Preview shows the page in draft mode beside the editor; it refreshes on each autosave.
    livePreview: {
      collections: ['films', 'symbols', 'essays'],
      url: async ({ collectionConfig, data, req }) => {
        const path = collectionConfig ? await publicPath(collectionConfig.slug, data, req.payload) : null
        return path ? previewURL(path) : null
      },
      breakpoints: [
        { name: 'phone', label: 'Phone', width: 390, height: 844 },
        { name: 'tablet', label: 'Tablet', width: 820, height: 1180 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [Films, Symbols, Essays, Themes, Genres, People, Media, Users],
  // A database that stays busy or a write conflict answers 503 + Retry-After or 409 (docs/concurrency.md).
  db: translateDatabaseErrors(databaseAdapter()),
  editor: lexicalEditor(),
  // SMTP from the environment; without it, reset links go to the console in development only.
  email: emailAdapter(),
  jobs,
  // Last, so the fields and collections the other plugins add are bounded and guarded too; the
  // search index's text is the server's own and may be long.
  // mediaStorage: uploads in an S3 bucket when S3_BUCKET is set, else in media/ (docs/deploy.md).
  plugins: [search, seo, mediaStorage, boundTextFields(['search']), guardApiInputs],
  endpoints: importEndpoints,
  hooks: { afterError: [validationErrorDetails, answerRefusals] },
  loggingLevels: refusalLoggingLevels,
  // Without sharp, Payload silently skips the image sizes.
  sharp: limitedSharp,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  // Browsers may call the API with cookies only from the site itself.
  ...(process.env.NEXT_PUBLIC_SERVER_URL
    ? { cors: [process.env.NEXT_PUBLIC_SERVER_URL], csrf: [process.env.NEXT_PUBLIC_SERVER_URL] }
    : {}),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
    validationRules: documentShapeRules,
  },
  telemetry: false,
})
