import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
  bin: Record<string, string>; exports: Record<string, { types: string; default: string } | string>; files: string[]; engines: { node: string }
}

describe('the published package', () => {
  it('points its bin and every export at built files', () => {
    for (const path of Object.values(pkg.bin)) expect(existsSync(`${root}/${path}`), path).toBe(true)
    for (const [key, target] of Object.entries(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : [target.types, target.default]
      for (const p of paths) expect(existsSync(`${root}/${p}`), `${key}: ${p}`).toBe(true)
    }
  })

  it('builds its bin executable, so that the shell runs it by its #! line (npx trustpath in a clone)', () => {
    for (const path of Object.values(pkg.bin)) {
      expect(statSync(`${root}/${path}`).mode & 0o111, path).not.toBe(0)
      if (process.platform !== 'win32') expect(execFileSync(`${root}/${path}`, ['--version'], { encoding: 'utf8' })).toMatch(/\d+\.\d+\.\d+/)
    }
  })

  it('publishes only the built files and supports Node 20', () => {
    expect(pkg.files).toEqual(['dist'])
    expect(pkg.engines.node).toMatch(/^>=20/)
  })

  it('ships source maps that carry their TypeScript, since the package holds no src/ for them to point at', () => {
    const maps = readdirSync(`${root}/dist`, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js.map'))
    expect(maps.length).toBeGreaterThan(100)
    for (const file of maps) {
      const map = JSON.parse(readFileSync(`${root}/dist/${file}`, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] }
      expect(map.sourcesContent?.length, file).toBe(map.sources.length)
      expect(map.sourcesContent!.every((s) => typeof s === 'string' && s.length > 0), file).toBe(true)
    }
  })

  it('can be imported by its name and identifies a device', async () => {
    const lib = await import('trustpath')
    const catalog = lib.loadDefaultCatalog()
    expect(lib.identify({ id: 'd1', macs: ['00:e0:fc:12:34:56'] }, catalog).group).toBe('huawei')
  })

  it('exports every function that README.md and docs/*.md import or call by name', async () => {
    const lib = await import('trustpath') as Record<string, unknown>
    const pages = ['README.md', ...readdirSync(`${root}/docs`).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]
    const named = new Set<string>()
    for (const page of pages) {
      const text = readFileSync(`${root}/${page}`, 'utf8')
      for (const m of text.matchAll(/import \{([^}]*)\} from 'trustpath'/g)) for (const name of m[1]!.split(',')) if (name.trim() !== '') named.add(name.trim())
      // `allocateSubsidy(fund, requests, rule)`: a call written in the text (not `weight(class)`, a formula).
      for (const m of text.matchAll(/`([a-z][A-Za-z]+)\(/g)) if (m[1] !== 'weight') named.add(m[1]!)
    }
    expect(named.size).toBeGreaterThan(5)
    // Imported names may be constants (`VERSION`); calls must be functions.
    for (const name of named) expect(lib[name], name).toBeDefined()
    for (const page of pages) {
      for (const m of readFileSync(`${root}/${page}`, 'utf8').matchAll(/`([a-z][A-Za-z]+)\(/g)) if (m[1] !== 'weight') expect(typeof lib[m[1]!], m[1]).toBe('function')
    }
  })

  it('runs the TypeScript examples of README.md and docs/*.md: they compile in strict mode and give what their comments show', async () => {
    const pages = ['README.md', ...readdirSync(`${root}/docs`).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]
    const examples = pages.flatMap((page) => [...readFileSync(`${root}/${page}`, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({ page, code: m[1]! })))
    expect(examples.map((e) => e.page)).toEqual(expect.arrayContaining(['README.md', 'docs/policy.md']))
    const dir = mkdtempSync(join(tmpdir(), 'trustpath-examples-'))
    try {
      for (const [i, { page, code }] of examples.entries()) {
        // A user's module in strict NodeNext mode, importing the package by its name (it resolves to dist/).
        const file = join(root, 'test', `example-${i}.ts`)
        const options: ts.CompilerOptions = {
          strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
          noEmit: true, skipLibCheck: true, types: ['node'],
        }
        const host = ts.createCompilerHost(options)
        const getSourceFile = host.getSourceFile.bind(host)
        host.getSourceFile = (name, lang, ...rest) => name === file ? ts.createSourceFile(name, code, lang) : getSourceFile(name, lang, ...rest)
        const fileExists = host.fileExists.bind(host)
        host.fileExists = (name) => name === file || fileExists(name)
        const program = ts.createProgram([file], options, host)
        const errors = ts.getPreEmitDiagnostics(program).map((d) => `${page}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
        expect(errors).toEqual([])

        // `expr // 'value'`: the value the text says the expression gives.
        const shown: { expr: string; got: unknown; want: unknown }[] = []
        const checked = code.replace(/^(\s*)(.+?)\s*\/\/ (\[.*\]|'[^']*'|\d+|true|false)$/gm, (_, indent: string, expr: string, want: string) =>
          `${indent}__shown(${JSON.stringify(expr)}, (${expr}), ${want})`)
        const js = ts.transpileModule(checked, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
          .replaceAll(`from 'trustpath'`, `from '${pathToFileURL(`${root}/dist/index.js`).href}'`)
        const out = join(dir, `example-${i}.mjs`)
        writeFileSync(out, js)
        ;(globalThis as { __shown?: unknown }).__shown = (expr: string, got: unknown, want: unknown) => shown.push({ expr, got, want })
        await import(pathToFileURL(out).href)
        expect(shown.length, page).toBeGreaterThan(0)
        for (const s of shown) expect({ [s.expr]: s.got }, page).toEqual({ [s.expr]: s.want })
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
      delete (globalThis as { __shown?: unknown }).__shown
    }
  })

  it('ships the IEEE blocks packed, and the packed blocks are exactly those of the data packages', async () => {
    const tables = await import(`${root}/dist/io/data-tables.js`) as typeof import('../src/io/data-tables.js')
    const blocks = tables.loadDefaultOui()
    // An array would mean the packed file was missing or stale and every run read the packages.
    expect(Array.isArray(blocks)).toBe(false)
    const { buildOuiTable } = await import(`${root}/dist/catalog/oui.js`) as typeof import('../src/catalog/oui.js')
    expect([...buildOuiTable(blocks).entries()]).toEqual([...buildOuiTable(tables.loadDefaultOuiEntries()).entries()])
  })
})
