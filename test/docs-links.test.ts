import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The pages a user reads, and the links between them: a section renamed or moved must not leave a
// link (from another page, from README.md or from a CLI hint) pointing at nothing.

const root = fileURLToPath(new URL('..', import.meta.url))
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]

/** The text of a page outside its fenced code blocks (indented ones too). */
function prose(page: string): string {
  return readFileSync(join(root, page), 'utf8').replace(/^ *```[^\n]*\n[\s\S]*?^ *```$/gm, '')
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as '-', repeats numbered. */
function anchors(page: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const [, heading] of prose(page).matchAll(/^#{1,6} +(.+?) *$/gm)) {
    const slug = heading!.replace(/`/g, '').toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/ /g, '-')
    const n = seen.get(slug) ?? 0
    seen.set(slug, n + 1)
    out.add(n === 0 ? slug : `${slug}-${n}`)
  }
  return out
}

describe('links between the docs', () => {
  it('lead to a page that exists and, with a #section, to a heading of it', () => {
    const broken: string[] = []
    let count = 0
    for (const page of pages) {
      for (const [, target, fragment] of prose(page).matchAll(/\]\(([^)\s#]*)(?:#([^)\s]+))?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue
        count++
        const file = target === '' ? page : relative(root, join(dirname(join(root, page)), target!))
        if (!existsSync(join(root, file))) broken.push(`${page}: ${target} does not exist`)
        else if (fragment !== undefined && file.endsWith('.md') && !anchors(file).has(fragment)) broken.push(`${page}: ${file}#${fragment} names no heading`)
      }
    }
    expect(count).toBeGreaterThan(50)
    expect(broken).toEqual([])
  })

  it('named in the CLI\'s hints lead to a heading', () => {
    const broken: string[] = []
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    for (const source of sources) {
      for (const [, page, fragment] of readFileSync(join(root, 'src', source), 'utf8').matchAll(/(docs\/[\w-]+\.md)#([\w-]+)/g)) {
        if (!anchors(page!).has(fragment!)) broken.push(`src/${source}: ${page}#${fragment}`)
      }
    }
    expect(broken).toEqual([])
  })
})

describe('docs/inventory.md', () => {
  const page = 'docs/inventory.md'
  const text = prose(page)
  const contents = text.slice(text.indexOf('## Contents'), text.indexOf('\n## ', text.indexOf('## Contents') + 1))

  it('lists every section in its contents', () => {
    const linked = new Set([...contents.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]))
    const sections = [...anchors(page)].filter((a) => !['inventory-formats', 'which-file-do-i-give', 'contents'].includes(a))
    expect(sections.filter((s) => !linked.has(s))).toEqual([])
  })

  it('answers "Which file do I give?" for every source it describes, each row linking to its section', () => {
    const table = text.slice(text.indexOf('## Which file do I give?'), text.indexOf('## Contents'))
    const rows = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| you have'))
    for (const source of ['NetBox', 'Lansweeper', 'LibreNMS', 'NinjaOne', 'nmap', 'Nessus', 'snmpwalk', 'lldp', 'arp -a', 'show version', 'RANCID', 'CycloneDX', '.xlsx', 'JSON Lines']) {
      expect(rows.some((r) => r.includes(source)), source).toBe(true)
    }
    for (const row of rows) expect(row, row.slice(0, 60)).toMatch(/\| [^|]*\]\(#[\w-]+\)[^|]* \|$/)
  })
})

describe('docs/topology.md', () => {
  const page = 'docs/topology.md'
  const text = prose(page)
  const between = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from) + from.length))
  const tableRows = (part: string, header: string) => part.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith(header))

  it('lists every section in its contents', () => {
    const contents = between('## Contents', '\n## ')
    const linked = new Set([...contents.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]))
    const sections = [...anchors(page)].filter((a) => !['topologies-flows-and-exposure', 'which-file-do-i-give', 'contents'].includes(a))
    expect(sections.filter((s) => !linked.has(s))).toEqual([])
  })

  it('answers "Which file do I give?" for the files a network planner has, each row linking to its section', () => {
    const rows = tableRows(between('## Which file do I give?', '## Contents'), '| you have')
    for (const source of ['Topology Zoo', 'NetworkX', 'yEd', 'Gephi', 'Cytoscape', 'Graphviz', 'containerlab', 'GNS3', 'Batfish', 'NetBox',
      'show lldp neighbors detail', 'show ip ospf database router', 'show isis database detail', 'SNDlib', 'REPETITA', 'Pajek', '--interconnect']) {
      expect(rows.some((r) => r.includes(source)), source).toBe(true)
    }
    for (const row of rows) expect(row, row.slice(0, 60)).toMatch(/\| [^|]*\]\(#[\w-]+\)[^|]* \|$/)
  })

  it('keeps the format table to one short line a format, each linking to the section with its rules', () => {
    const rows = tableRows(between('| format | recognised by', '\n\n'), '| format')
    expect(rows.length).toBeGreaterThan(20)
    for (const row of rows) {
      expect(row, row.slice(0, 60)).toMatch(/^\| \[[^\]]+\]\(#[\w-]+\)/)
      expect(row.length, row.slice(0, 60)).toBeLessThan(200)
    }
  })
})

describe('docs/policy.md', () => {
  const page = 'docs/policy.md'
  const text = prose(page)
  const between = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from) + from.length))

  it('lists every section in its contents', () => {
    const linked = new Set([...between('## Contents', '\n## ').matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]))
    const sections = [...anchors(page)].filter((a) => !['policy-files', 'which-rule-for-which-need', 'contents'].includes(a))
    expect(sections.filter((s) => !linked.has(s))).toEqual([])
  })

  it('answers "Which rule for which need?" with the key to write, each row linking to the section with its rules', () => {
    const rows = between('## Which rule for which need?', '## Contents').split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| you need'))
    for (const key of ['effect: prohibit', 'effective:', 'remove-by', 'effect: flag', 'lists: {', 'roles:', 'networks:', 'near:', 'acquired:', 'status:',
      'match: components', 'purposes:', 'exemptions:', '<<:', 'FCC Covered List', 's.889', 'UK', 'Canada']) {
      expect(rows.some((r) => r.includes(key)), key).toBe(true)
    }
    for (const row of rows) expect(row, row.slice(0, 60)).toMatch(/\| [^|]*\]\(#[\w-]+\)[^|]* \|$/)
  })

  it('gives each published rule a heading of its own, which the contents lists', () => {
    const rules = [...between('## Real rules as policies', '## Diagnostics').matchAll(/^### (.+)$/gm)].map((m) => m[1]!)
    expect(rules).toEqual(expect.arrayContaining(['US: NDAA FY2019 s.889', 'US: the FCC Covered List', 'UK: the designated vendor direction for Huawei']))
    expect(rules.length).toBeGreaterThanOrEqual(8)
  })
})
