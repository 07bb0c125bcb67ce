import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = new URL('.', import.meta.url).pathname
/** Only these folders may touch the file system, the network, processes or the environment. */
const EDGES = ['io', 'cli', 'api', 'test-support']
const FORBIDDEN = /from ['"]node:(fs|fs\/promises|net|http|https|child_process|os|process)['"]|\bprocess\.(env|exit|stdout|stderr|stdin|cwd)\b/

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* sourceFiles(path)
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) yield path
  }
}

describe('architecture', () => {
  it('keeps file system, network, process and environment access in io/, cli/ and api/', () => {
    const offenders: string[] = []
    for (const file of sourceFiles(SRC)) {
      const rel = relative(SRC, file)
      if (EDGES.includes(rel.split(sep)[0]!)) continue
      const text = readFileSync(file, 'utf8')
      if (FORBIDDEN.test(text)) offenders.push(rel)
    }
    expect(offenders).toEqual([])
  })

  it('keeps the version in step with package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(SRC, '..', 'package.json'), 'utf8')) as { version: string }
    const { VERSION } = await import('./version.js')
    expect(VERSION).toBe(pkg.version)
  })
})
