import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { ROOT } from '../helpers/run'

// npm 11 warns on every install about dependencies whose install scripts the project has not
// reviewed (.npmrc allow-scripts); a fresh install is quiet only while none is left unreviewed.
// npm passes its configuration to the scripts it runs as npm_config_* variables; the npm started
// here must read the project's own files, as a fresh install does.
const ownEnv: NodeJS.ProcessEnv = { ...process.env }
for (const name of Object.keys(ownEnv)) if (/^npm_config_/i.test(name)) delete ownEnv[name]

describe('npm install', () => {
  it('finds no dependency with an install script the project has not reviewed', async () => {
    const { stdout, stderr } = await promisify(execFile)('npm', ['approve-scripts', '--allow-scripts-pending'], {
      cwd: ROOT,
      env: ownEnv,
    })
    expect(`${stdout}${stderr}`).toContain('No packages with unreviewed install scripts.')
  }, 60_000)
})
