import path from 'node:path'

import type { Payload } from 'payload'

import { mediaFiles, type MediaFiles } from '../config/storage'
import type { BackupCollection } from './backupFile'

/** The stored files of an upload collection, in its directory or in the bucket (src/config/storage.ts). */
export const uploadFiles = (payload: Payload, collection: BackupCollection): MediaFiles =>
  mediaFiles(path.resolve(payload.collections[collection].config.upload.staticDir ?? collection))
