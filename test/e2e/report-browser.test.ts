import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

/**
 * The HTML pages the CLI writes, opened in a real browser as a user opens them: from the disk,
 * with no server. Debian's Chromium (`apt-get install chromium`, which `.ci/run` installs); without
 * it the tests are skipped, and say so.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const haveChromium = existsSync(CHROMIUM)
if (!haveChromium) console.warn(`report-browser.test.ts: ${CHROMIUM} not found, the HTML pages are not opened in a browser (apt-get install chromium)`)

describe.skipIf(!haveChromium)('the HTML pages in a browser', () => {
  let dir: string
  let browser: Browser

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trustpath-browser-'))
    const demo = await runCli(['demo', '-o', 'demo'], { cwd: dir })
    expect(demo.status, demo.stderr).toBe(0)
    const d = (f: string) => `demo/${f}`
    const network = ['-t', d('topology-op-de.json'), '-t', d('topology-op-it.json'), '-t', d('topology-op-jp.json'), '--interconnect', d('interconnect.csv'), '--flows', d('flows.csv')]
    const exposure = await runCli(['exposure', ...network, '-i', d('inventory.jsonl'), '-p', d('policy.yaml'), '-o', 'exposure.html', '-q'], { cwd: dir })
    expect(exposure.status, exposure.stderr).toBe(1)
    const plan = await runCli(['plan', '-i', d('inventory.jsonl'), '-p', d('policy.yaml'), ...network, '--phases', '2026-2029', '--budget', 'op-de:3M', '--budget', 'op-it:1.5M', '--budget', 'op-jp:0.5M', '-o', 'plan.html', '-q'], { cwd: dir, timeoutMs: 120_000 })
    expect(plan.status, plan.stderr).not.toBe(2)
    // Names, sites and banners as anyone on a scanned network can shape them: markup, and one
    // value of 5,000 characters without a space.
    const hostile = [
      { id: 'cam-1', name: '<script>document.title="pwned"</script>', manufacturer: 'Hikvision', site: `"><img src=x onerror="document.title='pwned'">` },
      { id: 'cam-2', manufacturer: 'Hikvision', model: 'DS-2CD2032-I', site: 'x'.repeat(5000), banners: [{ protocol: 'http', field: 'server', text: `Hikvision-Webs ${'A'.repeat(5000)}` }] },
    ]
    writeFileSync(join(dir, 'hostile.jsonl'), hostile.map((d) => JSON.stringify(d)).join('\n'))
    writeFileSync(join(dir, 'ban.yaml'), 'version: 1\nrules:\n  - { id: ban, effect: prohibit, lists: [fcc-covered] }\n')
    const check = await runCli(['check', 'hostile.jsonl', '-p', 'ban.yaml', '-o', 'hostile.html', '-q'], { cwd: dir })
    expect(check.status, check.stderr).toBe(1)
    // 1,500 cameras: more rows than a page draws unfolded.
    const cameras = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: `cam-${i}`, manufacturer: i % 2 === 0 ? 'Hikvision' : 'Dahua', role: 'camera' }))
    writeFileSync(join(dir, 'cameras.jsonl'), cameras.join('\n'))
    const big = await runCli(['check', 'cameras.jsonl', '-p', 'ban.yaml', '-o', 'cameras.html', '-q'], { cwd: dir })
    expect(big.status, big.stderr).toBe(1)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  })

  /** Opens a page the run wrote, collecting what the browser reports as errors while it loads. */
  async function open(file: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(`script error: ${e.message}`))
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`) })
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`))
    await page.goto(pathToFileURL(join(dir, file)).href)
    return { page, errors }
  }

  /** The maps of a page: each drawn, with a size, and with the nodes and links it was given. */
  async function maps(page: Page): Promise<{ width: number; height: number; circles: number; lines: number }[]> {
    return page.$$eval('svg', (svgs) => svgs.filter((s) => s.querySelector('circle') !== null).map((s) => {
      const r = s.getBoundingClientRect()
      return { width: r.width, height: r.height, circles: s.querySelectorAll('circle').length, lines: s.querySelectorAll('line, polyline, path').length }
    }))
  }

  it.each(['demo/report.html', 'exposure.html', 'plan.html'])('%s loads from the disk with no script error and fetches nothing', async (file) => {
    const { page, errors } = await open(file)
    expect(errors).toEqual([])
    expect(await page.title()).not.toBe('')
    // Self-contained: no resource of the page comes from elsewhere.
    const external = await page.$$eval('script[src], link[href], img[src]', (els) => els.map((e) => e.getAttribute('src') ?? e.getAttribute('href')))
    expect(external).toEqual([])
    await page.close()
  })

  it('draws a map of each operator network, with its nodes and links', async () => {
    const { page } = await open('demo/report.html')
    const drawn = await maps(page)
    expect(drawn.length).toBeGreaterThanOrEqual(3)
    for (const m of drawn) {
      expect(m.width).toBeGreaterThan(100)
      expect(m.height).toBeGreaterThan(100)
      expect(m.circles).toBeGreaterThan(3)
      expect(m.lines).toBeGreaterThan(3)
    }
    await page.close()
  })

  it('filters a table by what is typed in its filter box, and shows it whole again when cleared', async () => {
    const { page } = await open('demo/report.html')
    const box = page.locator('input[data-filter]').last()
    const table = await box.getAttribute('data-filter')
    const rows = page.locator(`#${table} tbody tr`)
    const total = await rows.count()
    expect(total).toBeGreaterThan(100)
    const visible = () => page.locator(`#${table} tbody tr:visible`).allTextContents()
    await box.fill('HIKVISION')
    const shown = await visible()
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(total)
    for (const text of shown) expect(text.toLowerCase()).toContain('hikvision')
    await box.fill('no device is called this')
    expect(await visible()).toEqual([])
    await box.fill('')
    expect((await visible()).length).toBe(total)
    await page.close()
  })

  it('runs none of the markup an inventory holds, and keeps a table with a 5,000-character value within the page', async () => {
    const { page, errors } = await open('hostile.html')
    expect(errors).toEqual([])
    expect(await page.title()).toBe('trustpath check: hostile.jsonl')
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.locator('#devices').textContent()).toContain('<script>document.title="pwned"</script>')
    // Each table as wide as its section: nothing to scroll sideways to reach the evidence column.
    const widths = await page.$$eval('section', (sections) => sections.map((s) => ({ scroll: s.scrollWidth, client: s.clientWidth })))
    for (const w of widths) expect(w.scroll).toBeLessThanOrEqual(w.client)
    await page.close()
  })

  it('folds the 1,500 devices of a big inventory; typing in the filter box opens the list and filters it, and printing shows it whole', async () => {
    const { page, errors } = await open('cameras.html')
    expect(errors).toEqual([])
    expect(await page.locator('#devices').isVisible()).toBe(false)
    await expect(page.locator('summary', { hasText: 'Show the 1,500 devices' }).count()).resolves.toBe(1)
    await page.locator('input[data-filter="devices"]').fill('cam-149')
    expect(await page.locator('#devices').isVisible()).toBe(true)
    expect(await page.locator('#devices tbody tr:visible').count()).toBe(11) // cam-149 and cam-1490 to cam-1499
    // Printing opens every folded list (a browser prints nothing of a closed one).
    expect(await page.locator('#findings').isVisible()).toBe(false)
    await page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(await page.locator('#findings').isVisible()).toBe(true)
    await page.close()
  })

  it('draws 500 rows of a long list at a time, says how many match, and folds the list again when the filter is cleared', async () => {
    // Showing the 20,000 rows of a cleared filter kept a browser busy for 5 to 30 seconds.
    const { page, errors } = await open('cameras.html')
    const drawn = () => page.locator('#devices tbody tr').count()
    const status = page.locator('#devices + p[role=status]')
    await page.locator('summary', { hasText: 'Show the 1,500 devices' }).click()
    expect(await drawn()).toBe(500)
    expect(await status.textContent()).toBe('the first 500 of 1,500 devices are shown. Show 500 more Show all 1,500')
    const box = page.locator('input[data-filter="devices"]')
    await box.fill('cam-1')
    expect(await drawn()).toBe(500)
    expect(await status.textContent()).toBe('611 of 1,500 devices match; the first 500 are shown. Show all 611')
    await page.getByRole('button', { name: 'Show all 611' }).click()
    expect(await drawn()).toBe(611)
    for (const text of await page.locator('#devices tbody tr').allTextContents()) expect(text).toContain('cam-1')
    await box.fill('cam-149')
    expect(await status.textContent()).toBe('11 of 1,500 devices match.')
    // Cleared, the list is as the page opened: folded, the first rows drawn, nothing said to match.
    await box.fill('')
    expect(await page.locator('#devices').isVisible()).toBe(true) // opened by hand, it stays open
    expect(await drawn()).toBe(500)
    const findings = page.locator('input[data-filter="findings"]')
    await findings.fill('cam-7')
    expect(await page.locator('#findings').isVisible()).toBe(true)
    await findings.fill('')
    expect(await page.locator('#findings').isVisible()).toBe(false)
    // Printed, every row is there.
    await page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(await drawn()).toBe(1500)
    expect(await page.locator('#findings tbody tr').count()).toBe(1500)
    expect(errors).toEqual([])
    await page.close()
  })

  it('narrowing a filter only takes rows away: the rows still shown are left where they are', async () => {
    // Drawing again every row shown made each key typed in a long list cost as much as the first.
    const { page } = await open('cameras.html')
    const box = page.locator('input[data-filter="devices"]')
    await box.fill('cam-14')
    await page.evaluate(`window.moved = { added: 0, removed: 0 }; new MutationObserver((ms) => ms.forEach((m) => {
      window.moved.added += m.addedNodes.length; window.moved.removed += m.removedNodes.length })).observe(document.querySelector('#devices tbody'), { childList: true })`)
    await box.fill('cam-149')
    expect(await page.locator('#devices tbody tr').count()).toBe(11) // cam-149, cam-1490 to 1499
    expect(await page.evaluate('window.moved')).toEqual({ added: 0, removed: 111 - 11 }) // of cam-14, cam-140 to 149, cam-1400 to 1499
    await page.close()
  })

  it('shows no filter box with scripts off, where it would filter nothing, and still opens a folded list by its line', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(pathToFileURL(join(dir, 'cameras.html')).href)
    expect(await page.locator('input[type=search]').count()).toBeGreaterThan(0)
    expect(await page.locator('input[type=search]:visible').count()).toBe(0)
    await page.locator('summary', { hasText: 'Show the 1,500 devices' }).click()
    expect(await page.locator('#devices tbody tr:visible').count()).toBe(1500)
    await context.close()
    const { page: scripted } = await open('cameras.html')
    expect(await scripted.locator('input[data-filter="devices"]').isVisible()).toBe(true)
    await scripted.close()
  })

  it('takes a reader from the line of contents to the section a link names', async () => {
    const { page } = await open('demo/report.html')
    const links = await page.locator('nav.contents a').allTextContents()
    expect(links).toEqual(['Exposure of sensitive flows', 'Replacement plan', 'Devices by manufacturer group', 'Findings by rule', 'Findings', 'Waived findings', 'Rebranded equipment', 'All devices'])
    await page.locator('nav.contents a', { hasText: 'Waived findings' }).click()
    const top = await page.evaluate("document.getElementById('waived').getBoundingClientRect().top")
    expect(Math.abs(top as number)).toBeLessThan(5)
    await page.close()
  })

  it('filters the replacements of a plan, opening their list and folding it again when the filter is cleared', async () => {
    const { page, errors } = await open('demo/report.html')
    expect(await page.locator('#actions').isVisible()).toBe(false)
    const box = page.locator('input[data-filter="actions"]')
    await box.fill('op-jp')
    expect(await page.locator('#actions').isVisible()).toBe(true)
    const shown = await page.locator('#actions tbody tr').allTextContents()
    expect(shown.length).toBeGreaterThan(0)
    for (const text of shown) expect(text).toContain('op-jp')
    expect(await page.locator('#actions + p[role=status]').textContent()).toMatch(/^\d+ of \d+ replacements match\.$/)
    await box.fill('')
    expect(await page.locator('#actions').isVisible()).toBe(false)
    expect(errors).toEqual([])
    await page.close()
  })

  it('names each chart and map by what it shows, as a screen reader finds them', async () => {
    const { page } = await open('demo/report.html')
    const images = await page.getByRole('img').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    expect(images.find((l) => l.startsWith('Devices by manufacturer group: '))).toMatch(/^Devices by manufacturer group: Huawei Technologies 72, Nokia 53, /)
    expect(images.find((l) => l.startsWith('Spend per phase: '))).toMatch(/^Spend per phase: op-de 2026: spent \$[\d,]+ of \$[\d,]+; /)
    expect(images.filter((l) => /^Map of op-(de|it|jp): \d+ nodes, \d+ untrusted, \d+ unknown, \d+ trusted$/.test(l))).toHaveLength(3)
    await page.close()
  })

  it('prints the title in dark ink and the legend keys and the bars of the chart of groups in colour, with no filter box', async () => {
    // A browser leaves backgrounds out of a printout: white text on the header's dark blue was
    // white on white paper.
    const { page } = await open('demo/report.html')
    await page.emulateMedia({ media: 'print' })
    const h1 = await page.evaluate("getComputedStyle(document.querySelector('h1')).color")
    expect(h1).toBe('rgb(27, 31, 36)')
    expect(await page.locator('input[type=search]').first().isVisible()).toBe(false)
    const keys = await page.evaluate("[...document.querySelectorAll('.key, .bar .track span')].map((e) => getComputedStyle(e).getPropertyValue('print-color-adjust'))") as string[]
    expect(keys.length).toBeGreaterThan(0)
    for (const k of keys) expect(k).toBe('exact')
    await page.close()
  })

  it.each(['demo/report.html', 'exposure.html', 'plan.html', 'hostile.html'])('%s prints on A4 paper with every column of its tables within the margins', async (file) => {
    // Printed, a section has no scroll box: the findings table, 974 px wide on the 718 px between
    // an A4 page's margins, lost its deadline, confidence and notes columns at the paper's edge.
    const { page } = await open(file, 718)
    await page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    await page.emulateMedia({ media: 'print' })
    const cut = await page.evaluate(`[...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((t) => (t.id || t.closest('section').querySelector('h2').textContent) + ' ' + Math.round(t.getBoundingClientRect().width))`)
    expect(cut).toEqual([])
    // Dates are not broken at their hyphens.
    const dates = await page.evaluate("[...document.querySelectorAll('td.date')].filter((td) => td.firstChild && td.firstChild.nodeType === 3).map((td) => { const r = document.createRange(); r.selectNodeContents(td.firstChild); return r.getClientRects().length })") as number[]
    for (const lines of dates) expect(lines).toBe(1)
    await page.close()
  })

  it.each(['demo/report.html', 'exposure.html'])('%s at 390 pixels: the charts, maps and filter boxes fit the width of their section', async (file) => {
    const { page } = await open(file, 390)
    const overflowing = await page.evaluate(`[...document.querySelectorAll('svg, .bars, input')].filter((e) => {
      const box = e.closest('section').getBoundingClientRect(); const r = e.getBoundingClientRect()
      return r.width > 0 && (r.left < box.left || r.right > box.right)
    }).map((e) => e.tagName + ' ' + Math.round(e.getBoundingClientRect().width))`)
    expect(overflowing).toEqual([])
    await page.close()
  })

  it('sets its cards two to a row at 390 pixels, so that a phone shows the counts and the deadlines on its first screen', async () => {
    // One card a row, the eight cards of the demo took 900 px: the first screen showed five of them.
    const { page } = await open('demo/report.html', 390)
    const cards = await page.$$eval('.card', (els) => els.map((e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, right: r.right } }))
    expect(cards.length).toBeGreaterThanOrEqual(8)
    expect(cards[1]!.top).toBe(cards[0]!.top)
    for (const c of cards) expect(c.right).toBeLessThanOrEqual(390)
    expect(await page.locator('.card', { hasText: 'past their deadline' }).boundingBox().then((b) => b!.y + b!.height)).toBeLessThan(900)
    await page.close()
  })

  it('keeps the evidence of a device readable at 390 pixels: its column is not squeezed into a strip of a few letters', async () => {
    // The evidence column, whose long words may break anywhere, was squeezed to 82 px at 390: each
    // device's row was 1,160 px high, and the list of 321 devices 175,000 px long (30,500 at 1,280).
    const measure = async (width: number) => {
      const { page } = await open('demo/report.html', width)
      const m = await page.evaluate(`({ height: document.getElementById('devices').getBoundingClientRect().height,
        narrowest: Math.min(...[...document.querySelectorAll('#devices tbody tr, #rebrands tbody tr')].map((tr) => tr.cells[tr.cells.length - 1].getBoundingClientRect().width)) })`) as { height: number; narrowest: number }
      await page.close()
      return m
    }
    const [phone, desktop] = [await measure(390), await measure(1280)]
    expect(phone.narrowest).toBeGreaterThanOrEqual(200)
    expect(phone.height).toBeLessThan(2 * desktop.height)
  })

  it.each([1280, 390])('fits a %d pixel wide window: the page scrolls down, not sideways', async (width) => {
    const { page } = await open('demo/report.html', width)
    // (An expression, not a function: the tests are typed without the DOM's names.)
    const scroll = await page.evaluate('document.documentElement.scrollWidth')
    expect(scroll).toBeLessThanOrEqual(width)
    await page.close()
  })
})
