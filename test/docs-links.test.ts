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

/** The part of a page from a heading to the next one of its level. */
function section(page: string, heading: string): string {
  const text = prose(page)
  const start = text.indexOf(`\n${heading}\n`)
  expect(start, `${page}: ${heading}`).toBeGreaterThan(-1)
  const level = /^#+ /.exec(heading)![0]
  const end = text.indexOf(`\n${level}`, start + heading.length + 1)
  return text.slice(start, end === -1 ? undefined : end)
}

/** The sections of a page (its title and the parts above its contents aside) that its contents do not link to. */
function notInContents(page: string, above: string[]): string[] {
  const linked = new Set([...section(page, '## Contents').matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]))
  return [...anchors(page)].filter((a) => !above.includes(a) && a !== 'contents' && !linked.has(a))
}

/** The rows of the table under a heading, its header row left out. */
function rowsUnder(page: string, heading: string): string[] {
  return section(page, heading).split('\n').filter((l) => l.startsWith('| ')).slice(1)
}

describe.each([
  ['docs/policy.md', ['policy-files', 'which-rule-for-which-need'], '## Which rule for which need?', ['effect: prohibit', 'effective:', 'remove-by', 'effect: flag',
    'lists: {', 'roles:', 'networks:', 'near:', 'acquired:', 'status:', 'match: components', 'purposes:', 'exemptions:', '<<:', 'FCC Covered List', 's.889', 'UK', 'Canada']],
  ['docs/plan.md', ['replacement-planning', 'which-option-for-which-need'], '## Which option for which need?', ['--phases', '--budget', '--carry-over', '--costs',
    '--schedule', '--flows', '--class-weight', 'min-cost', '--deadline-rules', '--subsidy', '--subsidy-cutoff', 'plan.html', '-f json']],
  ['docs/output.md', ['output-formats-of-identify-and-check', 'which-output-for-which-use'], '## Which output for which use?', ['spreadsheet', 'script', 'GitHub code scanning',
    'auditor', 'findings.csv', '-f jsonl', '-f sarif', '--no-waived', 'report.html', 'geojson', 'plan.html', 'trustpath demo']],
])('%s', (page, above, heading, needs) => {
  it('lists every section in its contents', () => {
    expect(notInContents(page, above)).toEqual([])
  })

  it(`answers "${heading.slice(3)}" for what a user comes with, each row linking to the section that says more`, () => {
    const rows = rowsUnder(page, heading)
    for (const need of needs) expect(rows.some((r) => r.includes(need)), need).toBe(true)
    for (const row of rows) expect(row, row.slice(0, 60)).toMatch(/\| [^|]*\]\([\w.-]*#[\w-]+\)[^|]* \|$/)
  })
})

describe('docs/policy.md', () => {
  it('gives each published rule a heading of its own', () => {
    const rules = [...section('docs/policy.md', '## Real rules as policies').matchAll(/^### (.+)$/gm)].map((m) => m[1]!)
    expect(rules).toEqual(expect.arrayContaining(['US: NDAA FY2019 s.889', 'US: the FCC Covered List', 'UK: the designated vendor direction for Huawei']))
    expect(rules.length).toBeGreaterThanOrEqual(8)
  })
})
