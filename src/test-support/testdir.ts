import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { onTestFinished } from 'vitest'

/**
 * Makes a temporary directory holding `files` (relative path → contents) and returns its path.
 * The directory is removed when the calling test finishes.
 *
 * @example
 * const dir = await testdir({ 'devices.csv': 'id\nd1\n' })
 */
export async function testdir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'trustpath-test-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  for (const [name, contents] of Object.entries(files)) {
    const path = join(dir, name)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, contents)
  }
  return dir
}
