import type { SourceLocation } from '../diagnostics/diagnostic.js'
import { formatLocation } from '../diagnostics/format.js'
import type { Device } from '../domain/device.js'
import type { Attribution } from '../domain/evidence.js'
import type { Finding } from '../domain/finding.js'
import type { Manufacturer } from '../domain/manufacturer.js'
import type { Topology } from '../domain/topology.js'
import type { FlowExposureWithPath } from '../exposure/analyze.js'
import type { NodePlacement } from '../exposure/node-trust.js'
import type { ExposureSummary } from '../exposure/types.js'
import { formatExposureMaps } from './exposure-map.js'
import { buildNodeNamer } from './exposure-table.js'
import { formatGreedyComparison, formatIneligible, PLAN_VALUE_MEANING, formatInfeasibilityText, formatReroutedLine, formatToConfirmLine, formatUnmetDeadlines, formatUsd as usd, formatVolume, reasonsOf } from './plan.js'
import type { UnplacedDevicesSummary } from './placement.js'
import { escapeCellText, escapeHtml } from './markup.js'
import type { SubsidyComparison } from '../plan/subsidy.js'
import type { Infeasibility, Plan } from '../plan/types.js'
import { DEADLINE_NEAR_DAYS, formatConflict, formatDaysLeft, formatDeadline, formatEvidence, formatWaiverAt, joinNotes, manufacturerName } from './words.js'
import { summarizeFindings, type CheckSummary } from './findings.js'
import { formatCount, pluralOf } from '../util/plural.js'
import { formatMbits } from './mbits.js'

/**
 * The input errors of a run (an inventory's rows that did not read, a file cut short): how many,
 * and where the first is. A page made from such a run says so, since what they name is in none of
 * its figures and the run's exit status, which says it too, does not travel with the page.
 */
export type InputErrors = { count: number; first?: SourceLocation }

/** What the HTML report shows. */
export type HtmlReportInput = {
  /**
   * Input errors of the inventory, told when the page was made: the page says what they left out.
   * @default none
   */
  inputErrors?: InputErrors
  title: string
  /** ISO timestamp of the run. */
  generatedAt: string
  inventoryFile: string
  policyFile?: string
  items: readonly { device: Device; attribution: Attribution }[]
  findings: readonly Finding[]
  manufacturers: ReadonlyMap<string, Manufacturer>
  /** Lines describing the data the catalog was built from. */
  catalogNotes: readonly string[]
  /** A notice shown under the title (e.g. that only part of a huge inventory is listed). */
  notice?: string
  /**
   * The counts of the whole run, when `items` and `findings` are only its first devices (a huge
   * inventory): the cards and the findings by rule then give these, as the JSON summary does.
   */
  totals?: {
    devices: number; devicesWithFindings: number; findings: number; byRule: Readonly<Record<string, number>>; waived?: number
    /** The findings by severity, and their deadlines, as the JSON summary counts them. */
    bySeverity?: CheckSummary['bySeverity']; deadlines?: CheckSummary['deadlines']
  }
  /** The replacement plan (or why there is none) and a subsidy split, when planned. */
  plan?: {
    result: { plan: Plan } | { infeasible: Infeasibility }
    subsidy?: SubsidyComparison
    settings: string
    /** Whether unspent money carried over to later phases: the chart's budget lines then include it. */
    carryOver?: boolean
  }
  /** The exposure of sensitive flows, when a topology was given. */
  exposure?: {
    topology: Topology
    placements: readonly NodePlacement[]
    flows: readonly FlowExposureWithPath[]
    summary: ExposureSummary
    /** How paths treated unknown nodes; as untrusted (the default), they are listed with the untrusted ones. */
    unknownAs?: 'untrusted' | 'trusted'
  }
}

/** Longest manufacturer name in the bar chart of groups. */
const BAR_LABEL = 44

const esc = escapeHtml
/** A count as the CLI prints it (20,000). */
const count = (n: number): string => n.toLocaleString('en-US')
/** Escapes the content of a table cell (a long run without a space may break). */
const cell = escapeCellText
/** A second line of a cell (a device's name under its id), when there is one. */
const small = (s: string | undefined): string => (s ? `<br><small>${cell(s)}</small>` : '')

/**
 * Escapes a text of catalog data and makes the sources it cites as `<https://...>` into links. Not
 * for a text that quotes the inventory (a piece of evidence: a declared brand "Amcrest
 * <https://...>"), which would put a link of the inventory's author among the report's sources.
 */
const escLinks = (s: string): string =>
  esc(s).replace(/&#60;(https?:\/\/[^\s]+?)&#62;/g, (_, url: string) => `&#60;<a href="${url}" rel="noreferrer">${url}</a>&#62;`)

/**
 * When the run was, for a reader: `2026-12-08 00:30 UTC` (the ISO timestamp, to the millisecond, in
 * the element's `datetime`); a time that is not an ISO timestamp in UTC is shown as given.
 */
function generatedAt(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso)
  return m === null ? esc(iso) : `<time class="date" datetime="${esc(iso)}">${m[1]} ${m[2]} UTC</time>`
}

/** A self-contained HTML report (no external scripts, styles or fonts). */
export function formatHtmlReport(input: HtmlReportInput): string {
  const { items, manufacturers } = input
  // A finding an exemption waives is listed in a section of its own and counted in none of the others.
  const findings = input.findings.filter((f) => f.waiver === undefined)
  const waived = input.findings.filter((f) => f.waiver !== undefined)
  const name = (s: string | undefined) => manufacturerName(s, manufacturers)
  const byGroup = countBy(items, (i) => i.attribution.group ?? 'unknown')
  const totals = input.totals
  const byRule = totals === undefined ? countBy(findings, (f) => f.rule) : sortedCounts(Object.entries(totals.byRule))
  const flaggedDevices = totals?.devicesWithFindings ?? new Set(findings.map((f) => f.deviceId)).size
  const allFindings = totals?.findings ?? findings.length
  const allWaived = totals?.waived ?? waived.length
  // What the CLI's summary says first: how severe the findings are and how many are past their deadline.
  const listed = totals === undefined ? summarizeFindings(input.findings, items.length, 0) : undefined
  const bySeverity = listed === undefined ? totals?.bySeverity : listed.bySeverity
  const deadlines = listed === undefined ? totals?.deadlines : listed.deadlines
  // What the page counts only among the devices it lists says so when they are part of the run.
  const amongListed = totals === undefined ? '' : ` among the ${count(items.length)} listed`
  const rebrands = items.filter((i) => i.attribution.conflicts.some((c) => c.kind === 'oem_rebrand'))
  const unknown = items.filter((i) => i.attribution.group === undefined).length
  const maxGroup = Math.max(1, ...byGroup.map(([, n]) => n))

  // The groups the policy's lists name (a device's own group when a list names a component's maker
  // or a group split evidence points at is not one of them).
  const listedGroups = new Set(input.findings.map((f) => f.matchedGroup ?? f.group))
  // Bars of HTML rather than a drawing of fixed width: the label column takes at most 40% of the
  // width and the bars the rest, so the chart fits a phone (it was 780 px wide at 390).
  const bars = byGroup.map(([g, n]) => {
    const full = g === 'unknown' ? 'unknown' : name(g)
    // Longer names are cut, the whole name is the label's tooltip.
    const label = full.length > BAR_LABEL ? `${full.slice(0, BAR_LABEL - 1).trimEnd()}…` : full
    return `<div class="bar"><span class="name" title="${esc(full)}">${esc(label)}</span>` +
      `<span class="track"><span class="${listedGroups.has(g) ? 'bad' : 'ok'}" style="width:${((n / maxGroup) * 100).toFixed(1)}%"></span></span><span>${count(n)}</span></div>`
  }).join('')

  // A screen reader reads the chart as one image: its label says what the bars show.
  const groupsLabel = `Devices by manufacturer group: ${byGroup.map(([g, n]) => `${g === 'unknown' ? 'unknown' : name(g)} ${count(n)}`).join(', ')}`

  const withNotes = findings.some((f) => f.notes.length > 0)
  // Findings on devices the inventory records as retired, in stock...: their removal is to be confirmed.
  const notInService = findings.filter((f) => f.lifecycle !== undefined && f.lifecycle !== 'in-service').length
  const findingRows = findings.map((f) => `<tr class="sev-${esc(f.severity)}"><td>${esc(f.severity)}</td><td class="nowrap">${cell(f.rule)}</td>` +
    `<td class="nowrap">${cell(f.deviceId)}${small(f.deviceName)}</td><td>${cell(name(f.manufacturer))}</td><td>${cell(f.matchedGroup ?? f.group)}</td><td class="nowrap">${cell(f.list)}</td>` +
    `<td class="date">${esc(formatDeadline(f) ?? '')}${f.daysLeft !== undefined ? `<br><small>${esc(formatDaysLeft(f.daysLeft))}</small>` : ''}</td><td>${f.confidence.toFixed(2)}</td>${withNotes ? `<td>${cell(joinNotes(f.notes))}</td>` : ''}</tr>`).join('\n')

  // The last day first: an auditor reads what is waived until when, and on what grounds.
  const waivedRows = waived.map((f) => `<tr><td class="date">${esc(f.waiver!.until)}</td><td class="nowrap">${cell(f.rule)}</td>` +
    `<td class="nowrap">${cell(f.deviceId)}${small(f.deviceName)}</td><td>${cell(name(f.manufacturer))}</td><td>${cell(f.matchedGroup ?? f.group)}</td>` +
    `<td>${esc(f.severity)}</td><td>${cell(f.waiver!.target)}<br><small>${cell(formatWaiverAt(f.waiver!))}</small></td><td>${cell(f.waiver!.reason)}</td></tr>`).join('\n')

  const rebrandRows = rebrands.map(({ device, attribution: a }) => `<tr><td>${cell(device.id)}</td><td>${cell(device.manufacturer)}</td>` +
    `<td>${cell(device.model)}</td><td class="why">${escLinks(a.conflicts.filter((c) => c.kind === 'oem_rebrand').map((c) => formatConflict(c, manufacturers)).join('; '))}</td></tr>`).join('\n')

  // Seven columns, each pair of related fields in one cell (site over network, maker over model,
  // manufacturer over group), so the evidence column keeps room to be read.
  const deviceRows = items.map(({ device, attribution: a }) => `<tr><td><span class="nowrap">${cell(device.id)}</span>${small(device.name)}</td>` +
    `<td>${cell(device.site)}${small(device.network)}</td><td>${cell(device.role)}${small(device.status)}</td><td>${cell(device.manufacturer)}${small(device.model)}</td>` +
    `<td>${cell(a.manufacturer === undefined ? 'unknown' : name(a.manufacturer))}${a.group !== undefined && a.group !== a.manufacturer ? small(`group: ${name(a.group)}`) : ''}</td>` +
    `<td>${a.confidence.toFixed(2)}</td>` +
    `<td class="evidence"><ul>${[...new Set(a.evidence.map(formatEvidence))].map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` +
    `${a.conflicts.map((c) => `<div class="conflict">${escLinks(formatConflict(c, manufacturers))}</div>`).join('')}</td></tr>`).join('\n')

  const sections = `${input.exposure ? exposureSection(input.exposure) : ''}
${input.plan ? planSection(input.plan) : ''}
<section id="groups"><h2>Devices by manufacturer group${totals === undefined ? '' : ` (the ${count(items.length)} listed)`}</h2>
<div class="bars" role="img" aria-label="${esc(groupsLabel)}">${bars}</div></section>
${allFindings === 0 ? `<section id="findings-none"><h2>Findings</h2><p>None: no device of the ${count(totals?.devices ?? items.length)} checked breaks a rule of the policy${allWaived > 0 ? ` that no exemption waives (waived: ${count(allWaived)}, listed below)` : ''}.</p></section>` : `<section id="by-rule"><h2>Findings by rule</h2><table><tr><th scope="col">rule</th><th scope="col">findings</th></tr>
${byRule.map(([r, n]) => `<tr><td>${cell(r)}</td><td>${count(n)}</td></tr>`).join('')}</table></section>
<section id="all-findings"><h2>Findings</h2>${findings.length > 10 ? filterBox('findings') : ''}
${fold(`<table id="findings"><thead><tr><th scope="col">severity</th><th scope="col">rule</th><th scope="col">device</th><th scope="col">manufacturer</th><th scope="col">group</th><th scope="col">list</th><th scope="col">deadline</th><th scope="col">confidence</th>${withNotes ? '<th scope="col">notes</th>' : ''}</tr></thead><tbody>
${findingRows}
</tbody></table>`, findings.length, 'findings')}</section>`}
${waived.length === 0 ? '' : `<section id="waived"><h2>Waived findings</h2><p>Findings that an exemption of the policy waives until its last day: not counted above; each counts again from the day after.</p>${waived.length > 10 ? filterBox('waived-findings', 'waived findings') : ''}
${fold(`<table id="waived-findings"><thead><tr><th scope="col">waived until</th><th scope="col">rule</th><th scope="col">device</th><th scope="col">manufacturer</th><th scope="col">group</th><th scope="col">severity</th><th scope="col">exemption</th><th scope="col">reason</th></tr></thead><tbody>
${waivedRows}
</tbody></table>`, waived.length, 'waived findings')}</section>`}
<section id="rebranded"><h2>Rebranded equipment</h2>${rebrands.length === 0 ? `<p>None: no device was found to be sold under a brand other than its maker's${amongListed}.</p>` : `${rebrands.length > 10 ? filterBox('rebrands', 'rebranded devices') : ''}
${fold(`<table id="rebrands"><thead><tr><th scope="col">device</th><th scope="col">declared</th><th scope="col">model</th><th scope="col">what the evidence says</th></tr></thead><tbody>
${rebrandRows}
</tbody></table>`, rebrands.length, 'rebranded devices')}`}</section>
<section id="all-devices"><h2>All devices</h2>${filterBox('devices')}
${fold(`<table id="devices"><thead><tr><th scope="col">device</th><th scope="col">site<br><small>network</small></th><th scope="col">role<br><small>status</small></th><th scope="col">declared<br><small>model</small></th><th scope="col">manufacturer</th><th scope="col">confidence</th><th scope="col">evidence</th></tr></thead><tbody>
${deviceRows}
</tbody></table>`, items.length, 'devices')}</section>
`
  return `${pageStart(input.title)}
<header><h1>${esc(input.title)}</h1><p>Inventory ${esc(input.inventoryFile)}${input.policyFile ? ` · policy ${esc(input.policyFile)}` : ''} · generated ${generatedAt(input.generatedAt)}</p></header>
<main>
${inputErrorsNotice(input.inputErrors, input.inventoryFile)}${input.notice ? `<p class="conflict">${esc(input.notice)}</p>` : ''}
<div class="cards">
<div class="card"><b>${count(totals?.devices ?? items.length)}</b>${pluralOf(totals?.devices ?? items.length, 'device', 'devices')}</div>
<div class="card${flaggedDevices > 0 ? ' bad' : ''}"><b>${count(flaggedDevices)}</b>${pluralOf(flaggedDevices, 'device', 'devices')} with findings</div>
<div class="card${allFindings > 0 ? ' bad' : ''}"><b>${count(allFindings)}</b>${pluralOf(allFindings, 'finding', 'findings')}${allFindings > 0 && bySeverity !== undefined ? `<small>${severityLine(bySeverity)}</small>` : ''}</div>
${deadlineCards(deadlines)}
<div class="card"><b>${count(rebrands.length)}</b>rebranded (OEM) ${pluralOf(rebrands.length, 'device', 'devices')} unmasked${amongListed}</div>
<div class="card"><b>${count(unknown)}</b>unknown manufacturer${amongListed}</div>
${notInService > 0 ? `<div class="card"><b>${count(notInService)}</b>${pluralOf(notInService, 'finding', 'findings')} on devices recorded as not in service${amongListed}</div>` : ''}
${allWaived > 0 ? `<div class="card"><b>${count(allWaived)}</b>${pluralOf(allWaived, 'finding', 'findings')} waived by exemptions, not counted</div>` : ''}
</div>
${contents(sections)}
${sections}</main>
<footer>${input.catalogNotes.map(esc).join(' · ')}</footer>
${PAGE_END}`
}

/**
 * A line of links to the sections of a page, by their headings: the demo's page is 55,000 px long,
 * and a reader who wants the waived findings or the rebranded devices should not scroll past 318
 * findings to find them.
 */
function contents(sections: string): string {
  const links = [...sections.matchAll(/<section id="([^"]+)"><h2>([^<]+)<\/h2>/g)].map(([, id, heading]) => `<a href="#${id}">${heading}</a>`)
  return links.length < 3 ? '' : `<nav class="contents" aria-label="Contents">${links.join(' · ')}</nav>`
}

/** `246 errors, 69 warnings, 3 notes`, leaving out the severities no finding has. */
function severityLine(bySeverity: CheckSummary['bySeverity']): string {
  return (['error', 'warning', 'note'] as const).filter((k) => bySeverity[k] > 0).map((k) => formatCount(bySeverity[k], k)).join(', ')
}

/**
 * The cards of the findings' deadlines, as the CLI's `Deadlines:` line gives them: how many have
 * passed, and how many are due within 90 days with the next one; none when no finding has a deadline.
 */
function deadlineCards(d: CheckSummary['deadlines']): string {
  if (d === undefined) return ''
  const passed = d.passed === 0 ? '' : `<div class="card bad"><b>${count(d.passed)}</b>${pluralOf(d.passed, 'finding', 'findings')} past ${pluralOf(d.passed, 'its', 'their')} deadline</div>\n`
  const next = d.next === undefined ? '' : `<small>the next on <span class="date">${d.next.date}</span> (${formatDaysLeft(d.next.daysLeft)})</small>`
  return `${passed}<div class="card${d.within90Days > 0 ? ' due' : ''}"><b>${count(d.within90Days)}</b>due within ${DEADLINE_NEAR_DAYS} days${next}</div>`
}

/**
 * Rows past which a table is folded under a line that opens it: a browser takes many seconds to
 * draw some thousands of rows (the 40,000 of a 20,000-device check took it 30 s), and draws a
 * closed table only when it is opened; its filter box opens it too, and so does printing.
 */
export const HTML_FOLD_ROWS = 1000

/**
 * Rows of a table with a filter box that the page's script draws at once, the others behind a
 * button: a browser took seconds to lay out the 1,000 rows of devices with their evidence.
 */
export const HTML_DRAW_ROWS = 500

/**
 * The filter box of the table of that id, whose rows are `what` (the words the page's script counts
 * them in). Hidden until the page's script shows it: where scripts are off (a mail client's preview,
 * a locked-down browser) a box that takes what is typed and filters nothing would mislead.
 */
function filterBox(table: string, what = table): string {
  return `<input type="search" data-filter="${table}" data-what="${what}" placeholder="filter ${what}…" aria-label="filter ${what}" hidden>`
}

/** A table as it is, or folded when it has more than HTML_FOLD_ROWS rows. */
function fold(table: string, rows: number, what: string): string {
  if (rows <= HTML_FOLD_ROWS) return table
  return `<details class="fold"><summary>Show the ${rows.toLocaleString('en-US')} ${what}</summary>\n${table}</details>`
}

/**
 * The page's styles: one sheet for every report, no external fonts or files. Printed, the title
 * is dark on the paper (browsers leave backgrounds out of a printout, and white text on none is
 * not seen), tables are not cut at a scroll box, and the legend's colour keys keep their colour.
 * On paper a table has no scroll box to hold what is wider than the page: a smaller font and ids
 * and rule names that may wrap (dates stay whole) keep every column within an A4 page's margins.
 */
const CSS = `body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{background:#14213d;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.8}
main{padding:20px 28px;max-width:1400px}section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:16px 20px;margin:0 0 18px;overflow-x:auto}
h2{font-size:17px;margin:0 0 12px}.cards{display:flex;gap:14px;flex-wrap:wrap;margin:0 0 18px}.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 16px;min-width:150px}
.card b{display:block;font-size:26px}.card.bad b{color:#b42318}.card.due b{color:#b54708}.card small{display:block;color:#475467;font-size:12px}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eceef1;padding:5px 8px;text-align:left;vertical-align:top}th{background:#f1f3f5;position:sticky;top:0}
tr.sev-error td:first-child{color:#b42318;font-weight:600}tr.sev-warning td:first-child{color:#b54708;font-weight:600}
ul{margin:0;padding-left:16px}.conflict{color:#b54708}svg text{font-size:12px}
.bars{max-width:780px;font-size:12px}.bar{display:grid;grid-template-columns:min(280px,40%) 1fr auto;gap:6px;align-items:center;line-height:22px}
.bar .name{text-align:right;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.bar .track span{display:block;height:14px;min-width:1px}.bar .bad{background:#d92d20}.bar .ok{background:#2e90fa}
input[type=search]{padding:6px 10px;width:320px;max-width:100%;box-sizing:border-box;margin-bottom:10px;border:1px solid #c9ced6;border-radius:4px}
footer{color:#667085;font-size:12px;padding:0 28px 24px}nav.contents{margin:0 0 18px;font-size:13px;line-height:1.8}
.maps{display:flex;gap:12px;flex-wrap:wrap}.map{margin:0;border:1px solid #eceef1;border-radius:4px;max-width:100%}.map svg,svg.chart{display:block;max-width:100%;height:auto}.map figcaption{text-align:center;font-size:12px;color:#667085}
td.bad{color:#b42318;font-weight:600}td.ok{color:#067647}.nowrap,.date{white-space:nowrap}.spend-0{fill:#2e90fa;background:#2e90fa}.spend-1{fill:#f79009;background:#f79009}.spend-2{fill:#12b76a;background:#12b76a}.spend-3{fill:#7a5af8;background:#7a5af8}.key{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}.legend{font-size:12px;color:#475467}
td.evidence{width:40%;min-width:18em}td.why{min-width:18em}td.evidence li,td.evidence .conflict,td.why{overflow-wrap:anywhere}.long{white-space:normal;overflow-wrap:anywhere}details.fold summary{cursor:pointer;color:#175cd3;margin:0 0 10px}a{color:#175cd3}
p.shown{margin:8px 0 0;color:#475467}p.shown:empty{display:none}p.shown button{font:inherit;margin:0 6px 0 0;padding:3px 10px;border:1px solid #c9ced6;border-radius:4px;background:#fff;color:#175cd3;cursor:pointer}
@media (max-width:600px){.cards{display:grid;grid-template-columns:1fr 1fr;gap:10px}.card{min-width:0;padding:10px 12px}.card b{font-size:22px}}
@media print{header{background:none;color:#1b1f24;padding:0 0 8px}header p{opacity:1}main{padding:0}section{overflow:visible;break-inside:auto}th{position:static}table{font-size:11px}th,td{padding:4px 5px}.nowrap{white-space:normal}td.evidence,td.why{min-width:12em}input[type=search],p.shown{display:none}.key,.bar .track span{print-color-adjust:exact;-webkit-print-color-adjust:exact}}`

/** The start of a report page up to its body: no external scripts, styles or fonts. */
function pageStart(title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
${CSS}
</style></head><body>`
}

/**
 * The end of a report page: the filter boxes' script (inline, a few dozen lines). A table draws at
 * most HTML_DRAW_ROWS rows at once, with a line under it that says how many match and buttons that
 * draw more: the browser lays out only the rows drawn, where showing the 20,000 rows of a cleared
 * filter kept it busy for seconds. The script reads each row's text once, filters those texts and
 * moves only the rows that come or go. Filtering a folded table opens it, and clearing the filter folds it again;
 * printing opens every folded part (long tables, the plan's replacements) and draws every row that
 * matches, which a browser otherwise leaves out of the printout.
 */
const PAGE_END = `<script>
(function () {
  var LIMIT = ${HTML_DRAW_ROWS};
  var n = function (x) { return x.toLocaleString('en-US'); };
  var tables = [];
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-filter'));
    input.hidden = false;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var what = input.getAttribute('data-what') || 'rows';
    var folded = table.closest('details');
    var openedByFilter = false;
    var texts = null;
    var matches = rows;
    var status = document.createElement('p');
    status.className = 'shown';
    status.setAttribute('role', 'status');
    table.insertAdjacentElement('afterend', status);
    var t = { draw: draw, all: function () { return matches.length; } };
    tables.push(t);
    function button(label, count) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.addEventListener('click', function () { draw(count); });
      return b;
    }
    function draw(count) {
      var shown = Math.min(count, matches.length);
      // Rows drawn before and still to be drawn stay as they are: only the others are moved.
      var keep = new Set(matches.slice(0, shown));
      var at = body.firstChild;
      var drop = function () { while (at && !keep.has(at)) { var next = at.nextSibling; body.removeChild(at); at = next; } };
      for (var i = 0; i < shown; i++) {
        drop();
        if (matches[i] === at) at = at.nextSibling;
        else body.insertBefore(matches[i], at);
      }
      drop();
      t.shown = shown;
      var q = input.value;
      status.replaceChildren((q ? n(matches.length) + ' of ' + n(rows.length) + ' ' + what + ' match' : '') +
        (shown < matches.length ? (q ? '; ' : '') + 'the first ' + n(shown) + (q ? '' : ' of ' + n(rows.length) + ' ' + what) + ' are shown. ' : q ? '.' : ''));
      if (shown < matches.length) {
        if (matches.length - shown > LIMIT) status.append(button('Show ' + n(LIMIT) + ' more', shown + LIMIT), ' ');
        status.append(button('Show all ' + n(matches.length) + (matches.length > 5 * LIMIT ? ' (takes the browser a while)' : ''), matches.length));
      }
    }
    input.addEventListener('input', function () {
      var q = input.value.toLowerCase();
      if (texts === null) texts = rows.map(function (tr) { return tr.textContent.toLowerCase(); });
      matches = q ? rows.filter(function (tr, i) { return texts[i].indexOf(q) >= 0; }) : rows;
      if (folded && q && !folded.open) { folded.open = true; openedByFilter = true; }
      if (folded && !q && openedByFilter) { folded.open = false; openedByFilter = false; }
      draw(LIMIT);
    });
    if (rows.length > LIMIT) draw(LIMIT);
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
    tables.forEach(function (t) { t.draw(t.all()); });
  });
})();
</script>
</body></html>
`

/** Flows an HTML page lists at most: the most exposed volume first (JSON and CSV have them all). */
export const HTML_FLOWS = 5000

/** The first `n` flows by exposed volume (then volume, then id): the ones a page lists. */
export function mostExposedFirst(flows: readonly FlowExposureWithPath[], n: number): FlowExposureWithPath[] {
  const exposed = (f: FlowExposureWithPath) => f.exposedShare * f.volume
  return [...flows].sort((a, b) => exposed(b) - exposed(a) || b.volume - a.volume || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, n)
}

/** Flows whose paths the maps draw at most (the table lists more): more lines would hide the map. */
const MAP_FLOWS = 200

function exposureSection(e: NonNullable<HtmlReportInput['exposure']>, notice = '', mapSize?: { width: number; height: number }, heading = 'Exposure of sensitive flows'): string {
  const s = e.summary
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  // Nodes by their labels (a topology's ids are often bare numbers), the id in the tooltip; a label
  // that several nodes share (the Topology Zoo's "None", two "Jackson"s) shows the id too, as the
  // table on a terminal does, or a printed page could not tell them apart.
  const labels = new Map(e.topology.nodes.map((n) => [n.id, n.label]))
  const shared = new Map<string, number>()
  for (const n of e.topology.nodes) if (n.label !== undefined) shared.set(n.label, (shared.get(n.label) ?? 0) + 1)
  const withId = buildNodeNamer(e.topology)
  const display = (id: string): string => {
    const label = labels.get(id)
    return label === undefined || label === id ? id : (shared.get(label) ?? 0) > 1 ? withId(id) : label
  }
  const node = (id: string, extra = '') => {
    const label = labels.get(id)
    return label === undefined || label === id ? `${cell(id)}${extra}` : `<span title="${esc(id)}">${cell(display(id))}</span>${extra}`
  }
  const ends = (f: FlowExposureWithPath) => `<br><small>${cell(display(f.src))} → ${cell(display(f.dst))}</small>`
  // Unknown nodes that count as untrusted expose a flow too: a flow exposed by them alone named none.
  const unknownShown = (e.unknownAs ?? 'untrusted') === 'untrusted'
  const onPath = (f: FlowExposureWithPath) => [
    ...f.untrusted.map((n) => `${n.toConfirm === true ? 'to confirm ' : ''}${n.waived === true ? 'waived ' : ''}${node(n.node, ` ${pct(n.share)}`)}`),
    ...(unknownShown ? f.unknown.map((n) => `unknown ${node(n.node, ` ${pct(n.share)}`)}`) : []),
  ].join(', ')
  const rows = e.flows.map((f) => `<tr><td><span class="nowrap">${cell(f.id)}</span>${ends(f)}</td><td>${cell(f.class ?? '')}</td><td>${formatMbits(f.volume)}</td>` +
    (f.routedMetric === null ? '<td>not routed: its ends are not connected</td>' : `<td class="${f.exposedShare > 0 ? 'bad' : 'ok'}">${pct(f.exposedShare)}</td>`) +
    `<td>${onPath(f)}</td>` +
    `<td>${f.clean.exists ? `${f.clean.metric.toLocaleString('en-US', { maximumFractionDigits: 0 })} (×${f.clean.stretch?.toFixed(2) ?? '-'})` : 'none'}</td>` +
    `<td>${f.cheapestFix === null ? 'none possible' : f.cheapestFix.nodes.map((n) => node(n)).join(', ') || '-'}</td></tr>`).join('\n')
  const mapped = e.topology.nodes.some((n) => n.lat !== undefined && n.lon !== undefined)
  const drawn = mapped && e.flows.length > MAP_FLOWS ? `<p class="legend">The maps draw the paths of the first ${MAP_FLOWS} flows of the table.</p>` : ''
  return `<section id="exposure"><h2>${esc(heading)}</h2>
<p>${formatCount(s.flows, 'flow')} ${pluralOf(s.flows, 'carries', 'carry')} ${formatMbits(s.totalVolume)} Mbit/s of sensitive traffic; <b>${pct(s.exposedShare)}</b> of it crosses untrusted equipment on the routed paths.
${s.flowsWithoutCleanPath.toLocaleString('en-US')} ${pluralOf(s.flowsWithoutCleanPath, 'flow has', 'flows have')} no clean path.</p>
${toConfirmParagraph(s, display)}
${formatExposureMaps(e.topology, e.placements, e.flows.slice(0, MAP_FLOWS), mapSize)}${drawn}
${notice ? `<p class="conflict">${esc(notice)}</p>` : ''}${e.flows.length > 10 ? filterBox('flows') : ''}
${fold(`<table id="flows"><thead><tr><th scope="col">flow</th><th scope="col">class</th><th scope="col">volume (Mbit/s)</th><th scope="col">exposed</th><th scope="col">untrusted (or unknown) nodes on the routed paths</th><th scope="col">clean path (metric, stretch)</th><th scope="col">cheapest fix (nodes to replace)</th></tr></thead><tbody>
${rows}
</tbody></table>`, e.flows.length, 'flows')}</section>`
}

/** Devices to confirm named on the page; the JSON of `trustpath exposure` lists them all. */
const TO_CONFIRM_SHOWN = 5

/**
 * The paragraph on the volume exposed only through nodes to confirm (untrusted only through devices
 * whose findings are to confirm), naming the devices to confirm first; empty when there is none.
 */
function toConfirmParagraph(s: ExposureSummary, display: (id: string) => string): string {
  if (s.exposedVolumeToConfirm <= 0) return ''
  const devices = s.devicesToConfirm ?? []
  const first = devices.slice(0, TO_CONFIRM_SHOWN).map((d) => `${cell(d.device)} (${cell(display(d.node))}, ${formatMbits(d.volume)} Mbit/s)`)
  return `<p class="conflict">${formatMbits(s.exposedVolumeToConfirm)} Mbit/s of the exposed volume ` +
    `(${((s.exposedVolumeToConfirm / s.exposedVolume) * 100).toFixed(1)}%) crosses untrusted equipment only at nodes to confirm, whose untrusted devices rest on ` +
    'findings to confirm (a maker on weak evidence, a date the policy needs): confirm them before replacing' +
    (first.length === 0 ? '.' : `, first ${first.join(', ')}${devices.length > first.length ? `, and ${(devices.length - first.length).toLocaleString('en-US')} more` : ''}.`) + '</p>'
}

/** Maps as large as the page allows: one network gets the width of the page, two share it. */
function mapSizeFor(networks: number): { width: number; height: number } {
  return networks <= 1 ? { width: 900, height: 640 } : networks === 2 ? { width: 580, height: 520 } : { width: 420, height: 420 }
}

/** What the exposure report shows: the exposure of a network's flows, without the inventory's device lists. */
export type ExposureHtmlInput = {
  /** Input errors of the inventory, told when the page was made (see `InputErrors`). @default none */
  inputErrors?: InputErrors
  title: string
  /** ISO timestamp of the run. */
  generatedAt: string
  topologyFiles: readonly string[]
  inventoryFile: string
  policyFile: string
  flowsFile?: string
  exposure: NonNullable<HtmlReportInput['exposure']>
  /** A note shown above the flow table (e.g. that only the most exposed flows are listed). */
  notice?: string
  /**
   * Rows of the flow list left out for errors (an end that names no node, a bad volume): the page
   * says so under its totals, which count only the flows routed. @default 0
   */
  skippedFlows?: number
  /**
   * Inventory devices on no topology node: the page says how many under its totals, and names the
   * untrusted ones, which make no node untrusted.
   */
  unplacedDevices?: UnplacedDevicesSummary
}

/** The line under the totals that says how many rows of the flow list count in none of them. */
function skippedFlowsNotice(skipped: number, flowsFile: string | undefined): string {
  if (skipped === 0) return ''
  return `<p class="conflict">${skipped.toLocaleString('en-US')} more ${pluralOf(skipped, 'flow', 'flows')} of ${flowsFile === undefined ? 'the list' : esc(flowsFile)} ` +
    `${pluralOf(skipped, 'was', 'were')} skipped for errors (an end that names no node, a bad volume), told when the page was made: ` +
    `${pluralOf(skipped, 'it counts', 'they count')} in no figure of this page. Fix ${pluralOf(skipped, 'it', 'them')} and run again.</p>`
}

/**
 * The line at the top of a page made from a run with input errors: how many, where the first is,
 * and that what they name counts in no figure of the page.
 */
function inputErrorsNotice(e: InputErrors | undefined, inventory: string): string {
  if (e === undefined || e.count === 0) return ''
  return `<p class="conflict">${e.count.toLocaleString('en-US')} input ${pluralOf(e.count, 'error', 'errors')} in ${esc(inventory)}` +
    `${e.first === undefined ? '' : `, ${e.count === 1 ? '' : 'the first '}at ${esc(formatLocation(e.first))}`}, ${pluralOf(e.count, 'was', 'were')} told when the page was made: ` +
    `what ${pluralOf(e.count, 'it names', 'they name')} (a row or record, or the rest of a file cut short) was skipped and counts in no figure of this page. ` +
    `Fix ${pluralOf(e.count, 'it', 'them')} and run again.</p>\n`
}

/** The line under the totals on the inventory's devices that sit on no node, naming the untrusted ones. */
function unplacedNotice(u: UnplacedDevicesSummary | undefined, inventory: string): string {
  if (u === undefined || u.devices === 0) return ''
  const ids = `${u.untrustedExamples.map(esc).join(', ')}${u.untrusted > u.untrustedExamples.length ? ', …' : ''}`
  const fix = `give ${pluralOf(u.devices, 'its', 'their')} site as a node's label or id, map the inventory's sites to nodes with --site-map (site,node), ` +
    `or place devices without a site by their addresses with --prefixes (prefix,node); the run named the sites that match no node`
  const text = u.untrusted === u.devices
    ? `${u.devices.toLocaleString('en-US')} untrusted ${pluralOf(u.devices, 'device', 'devices')} of ${esc(inventory)} (${ids}) ${pluralOf(u.devices, 'is', 'are')} ` +
      `on no topology node, so ${pluralOf(u.devices, 'it makes', 'they make')} no node untrusted: ${fix}.`
    : `${u.devices.toLocaleString('en-US')} ${pluralOf(u.devices, 'device', 'devices')} of ${esc(inventory)} ${pluralOf(u.devices, 'is', 'are')} on no topology node` +
      (u.untrusted === 0 ? '' : `, ${u.untrusted.toLocaleString('en-US')} of them untrusted (${ids}), which ${pluralOf(u.untrusted, 'makes', 'make')} no node untrusted`) + `: ${fix}.`
  return `<p class="conflict">${text}</p>`
}

/**
 * A self-contained HTML page of `trustpath exposure`: totals, a map per network, the flows (most
 * exposed volume first, as the caller orders them) and the untrusted nodes by the sensitive volume
 * crossing them, with the devices that make them untrusted.
 */
export function formatExposureHtmlReport(input: ExposureHtmlInput): string {
  const { exposure: e } = input
  const s = e.summary
  const labels = new Map(e.topology.nodes.map((n) => [n.id, n.label ?? n.id]))
  const placement = new Map(e.placements.map((p) => [p.node, p]))
  const untrustedNodes = e.placements.filter((p) => p.status === 'untrusted').length
  const toConfirmNodes = e.placements.filter((p) => p.status === 'untrusted' && p.toConfirm === true).length
  const nodeRows = s.untrustedNodes.map((n) => {
    const p = placement.get(n.node)
    const toConfirm = new Set(p?.untrustedToConfirm ?? [])
    const waived = new Map((p?.untrustedWaived ?? []).map((w) => [w.device, w]))
    const waiver = (d: string): string => {
      const w = waived.get(d)
      return w === undefined ? '' : ` (waived until ${cell(w.until)}: ${cell(w.reason)})`
    }
    const devices = p === undefined ? '' : `${p.untrusted.map((d) => `${cell(d)}${toConfirm.has(d) ? ' (to confirm)' : ''}${waiver(d)}`).join(', ')}` +
      `${p.untrustedCount > p.untrusted.length ? ` and ${(p.untrustedCount - p.untrusted.length).toLocaleString('en-US')} more` : ''}`
    const label = labels.get(n.node) ?? n.node
    return `<tr><td>${cell(label)}${label === n.node ? '' : `<br><small>${cell(n.node)}</small>`}${p?.toConfirm === true ? '<br><small>to confirm</small>' : ''}${p?.waived === true ? '<br><small>waived</small>' : ''}</td><td>${formatMbits(n.volume)}</td><td>${n.flows.toLocaleString('en-US')}</td>` +
      `<td>${cell(p?.groups.join(', ') ?? '')}</td><td>${devices}</td></tr>`
  }).join('\n')
  // Unknown nodes (no known equipment) that paths count as untrusted expose flows too, as the CLI's
  // summary lists them: the page names them in a table of their own and counts them on the card.
  const unknownAsUntrusted = (e.unknownAs ?? 'untrusted') === 'untrusted'
  const unknownOnPaths = unknownAsUntrusted ? s.unknownNodes : []
  const unknownRows = unknownOnPaths.map((n) => {
    const label = labels.get(n.node) ?? n.node
    return `<tr><td>${cell(label)}${label === n.node ? '' : `<br><small>${cell(n.node)}</small>`}</td><td>${formatMbits(n.volume)}</td><td>${n.flows.toLocaleString('en-US')}</td></tr>`
  }).join('\n')
  const files = [
    `${input.topologyFiles.length === 1 ? 'Topology' : 'Topologies'} ${input.topologyFiles.map(esc).join(', ')}`,
    `inventory ${esc(input.inventoryFile)}`, `policy ${esc(input.policyFile)}`,
    ...(input.flowsFile === undefined ? [] : [`flows ${esc(input.flowsFile)}`]),
  ]
  return `${pageStart(input.title)}
<header><h1>${esc(input.title)}</h1><p>${files.join(' · ')} · generated ${generatedAt(input.generatedAt)}</p></header>
<main>
${inputErrorsNotice(input.inputErrors, input.inventoryFile)}<div class="cards">
<div class="card"><b>${s.flows.toLocaleString('en-US')}</b>${pluralOf(s.flows, 'flow', 'flows')}</div>
<div class="card${s.exposedShare > 0 ? ' bad' : ''}"><b>${(s.exposedShare * 100).toFixed(1)}%</b>of the sensitive volume exposed</div>
<div class="card${s.flowsWithoutCleanPath > 0 ? ' bad' : ''}"><b>${s.flowsWithoutCleanPath.toLocaleString('en-US')}</b>${pluralOf(s.flowsWithoutCleanPath, 'flow', 'flows')} without a clean path</div>
<div class="card${untrustedNodes > 0 ? ' bad' : ''}"><b>${untrustedNodes.toLocaleString('en-US')}</b>untrusted ${pluralOf(untrustedNodes, 'node', 'nodes')} of ${e.placements.length.toLocaleString('en-US')}` +
  `${toConfirmNodes > 0 ? `, ${toConfirmNodes.toLocaleString('en-US')} to confirm` : ''}` +
  `${unknownOnPaths.length > 0 ? `<small>and ${formatCount(unknownOnPaths.length, 'unknown node')} on the paths, counted as untrusted</small>` : ''}</div>
</div>
${skippedFlowsNotice(input.skippedFlows ?? 0, input.flowsFile)}${unplacedNotice(input.unplacedDevices, input.inventoryFile)}
${exposureSection(e, input.notice, mapSizeFor(e.topology.networks.length))}
<section id="nodes"><h2>Untrusted nodes on the routed paths</h2>${s.untrustedNodes.length === 0 ? '<p>None: no flow crosses an untrusted node.</p>' : `
<table><thead><tr><th scope="col">node</th><th scope="col">sensitive volume crossing (Mbit/s)</th><th scope="col">flows</th><th scope="col">groups</th><th scope="col">untrusted devices</th></tr></thead><tbody>
${nodeRows}
</tbody></table>`}</section>
${unknownOnPaths.length === 0 ? '' : `<section id="unknown-nodes"><h2>Unknown nodes on the routed paths</h2><p>Nodes with no known equipment, counted as untrusted (<code>--unknown-as trusted</code> counts them as clean): find out what runs there.</p>
<table><thead><tr><th scope="col">node</th><th scope="col">sensitive volume crossing (Mbit/s)</th><th scope="col">flows</th></tr></thead><tbody>
${unknownRows}
</tbody></table></section>`}
</main>
${PAGE_END}`
}

/** What the plan report shows: the plan (or why there is none), and the exposure it starts from. */
export type PlanHtmlInput = {
  /** Input errors of the inventory, told when the page was made (see `InputErrors`). @default none */
  inputErrors?: InputErrors
  title: string
  /** ISO timestamp of the run. */
  generatedAt: string
  inventoryFile: string
  policyFile: string
  topologyFiles: readonly string[]
  plan: NonNullable<HtmlReportInput['plan']>
  /** The exposure of the flows before any replacement, when topologies were given. */
  exposure?: NonNullable<HtmlReportInput['exposure']>
  /**
   * Inventory devices on no topology node, when topologies were given: the page says how many
   * above the exposure, and names the untrusted ones, whose replacement cleans no flow.
   */
  unplacedDevices?: UnplacedDevicesSummary
}

/**
 * A self-contained HTML page of `trustpath plan`: the totals, spend per phase against the budgets,
 * every replacement with its reasons, the subsidy split, and the exposure the plan starts from.
 */
export function formatPlanHtmlReport(input: PlanHtmlInput): string {
  const result = input.plan.result
  let cards: string
  if ('plan' in result) {
    const plan = result.plan
    const cleaned = new Set(plan.flowsCleaned.flatMap((f) => f.flows)).size
    const status = solverStatus(plan)
    cards = `<div class="card"><b>${plan.actions.length.toLocaleString('en-US')}</b>${pluralOf(plan.actions.length, 'replacement', 'replacements')}</div>
<div class="card"><b>${usd(plan.totalCost)}</b>total cost</div>
<div class="card"><b>${cleaned.toLocaleString('en-US')}</b>${pluralOf(cleaned, 'flow', 'flows')} made clean</div>
<div class="card"><b>${esc(status)}</b>${esc(plan.solver.name)} solution</div>`
  } else {
    const total = result.infeasible.increases.reduce((sum, i) => sum + i.amount, 0)
    cards = `<div class="card bad"><b>no plan</b>meets every deadline within the budgets</div>
<div class="card bad"><b>${usd(total)}</b>more budget needed at least</div>`
  }
  const files = [
    `Inventory ${esc(input.inventoryFile)}`, `policy ${esc(input.policyFile)}`,
    ...(input.topologyFiles.length === 0 ? [] : [`${input.topologyFiles.length === 1 ? 'topology' : 'topologies'} ${input.topologyFiles.map(esc).join(', ')}`]),
  ]
  const e = input.exposure
  const notice = e !== undefined && e.summary.flows > e.flows.length
    ? `The ${e.flows.length.toLocaleString('en-US')} most exposed of ${e.summary.flows.toLocaleString('en-US')} flows are listed; trustpath exposure --format json or csv gives all of them.`
    : ''
  return `${pageStart(input.title)}
<header><h1>${esc(input.title)}</h1><p>${files.join(' · ')} · generated ${generatedAt(input.generatedAt)}</p></header>
<main>
${inputErrorsNotice(input.inputErrors, input.inventoryFile)}<div class="cards">
${cards}
</div>
${planSection(input.plan)}
${unplacedNotice(input.unplacedDevices, input.inventoryFile)}${e === undefined ? '' : exposureSection(e, notice, mapSizeFor(e.topology.networks.length), 'Exposure before the plan')}
</main>
${PAGE_END}`
}

/** The solver's outcome in a few words: optimal, or the proven gap when the time limit ended it. */
function solverStatus(plan: Plan): string {
  return plan.status === 'optimal' ? 'optimal' : plan.status === 'time_limit' ? `time limit, gap ${((plan.gap ?? 0) * 100).toFixed(2)}%` : plan.status
}

function planSection(p: NonNullable<HtmlReportInput['plan']>): string {
  if ('infeasible' in p.result) {
    const inf = p.result.infeasible
    return `<section id="plan"><h2>Replacement plan</h2><p>${esc(p.settings)}</p><p class="conflict">${esc(formatInfeasibilityText(inf).split('\n', 1)[0]!)}</p>
<table><thead><tr><th scope="col">phase</th><th scope="col">operator</th><th scope="col">smallest budget increase</th></tr></thead><tbody>
${inf.increases.map((i) => `<tr><td>${esc(i.phase)}</td><td>${cell(i.network ?? 'all')}</td><td>${usd(i.amount)}</td></tr>`).join('')}
</tbody></table></section>`
  }
  const plan = p.result.plan
  const phases = [...new Set(plan.spend.map((s) => s.phase))]
  const rows = plan.spend.filter((s) => s.network !== undefined || !plan.spend.some((x) => x.network !== undefined))
  const max = Math.max(1, ...rows.map((s) => Math.max(s.spent, s.budget ?? 0)))
  const networks = [...new Set(rows.map((s) => s.network ?? 'all'))]
  const barW = 34
  const groupW = Math.max(networks.length * (barW + 6) + 40, 220)
  const H = 200
  let svg = ''
  // What each bar's tooltip says, for the chart's label: a screen reader reads it as one image.
  const spoken: string[] = []
  phases.forEach((phase, i) => {
    networks.forEach((net, j) => {
      const s = rows.find((r) => r.phase === phase && (r.network ?? 'all') === net)
      if (s === undefined) return
      const x = 40 + i * groupW + j * (barW + 6)
      const h = (s.spent / max) * H
      const b = s.budget === null ? undefined : (s.budget / max) * H
      const said = `${net} ${phase}: spent ${usd(s.spent)}${s.budget !== null ? ` of ${usd(s.budget)}` : ''}`
      spoken.push(said)
      svg += `<rect x="${x}" y="${10 + H - h}" width="${barW}" height="${h}" class="spend-${j % 4}"><title>${esc(said)}</title></rect>`
      if (b !== undefined) svg += `<line x1="${x - 2}" x2="${x + barW + 2}" y1="${10 + H - b}" y2="${10 + H - b}" stroke="#101828" stroke-dasharray="3 2"/>`
    })
    const cleaned = plan.flowsCleaned.find((f) => f.phase === phase)?.flows.length ?? 0
    const n = plan.actions.filter((a) => a.phase === phase).length
    svg += `<text x="${40 + i * groupW}" y="${H + 28}" font-size="12" font-weight="600">${esc(phase)}</text>` +
      `<text x="${40 + i * groupW}" y="${H + 44}" font-size="11">${n} replaced, ${formatCount(cleaned, 'flow')} cleaned</text>`
  })
  // The chart's figures as a table, which a phone shows readable (the chart is scaled to its width)
  // and a screen reader reads cell by cell.
  const spendTable = `<details><summary>Spend per phase as a table</summary>
<table><thead><tr><th scope="col">phase</th><th scope="col">operator</th><th scope="col">spent</th><th scope="col">${p.carryOver === true ? 'budget, with the money carried over' : 'budget'}</th></tr></thead><tbody>
${phases.flatMap((phase) => rows.filter((r) => r.phase === phase).map((r) => `<tr><td>${esc(phase)}</td><td>${cell(r.network ?? 'all')}</td><td>${usd(r.spent)}</td><td>${r.budget === null ? 'none' : usd(r.budget)}</td></tr>`)).join('')}
</tbody></table></details>`
  const legend = networks.map((n, j) => `<span class="key spend-${j % 4}"></span>${esc(n)}`).join(' ')
  const actionRows = plan.actions.map((a) => `<tr><td>${esc(a.phase)}</td><td>${cell(a.deviceId)}${small(a.name)}</td><td>${cell(a.network ?? '')}</td>` +
    `<td>${usd(a.cost)}</td><td>${cell(reasonsOf(a))}</td></tr>`).join('\n')
  const subsidy = p.subsidy === undefined ? '' : `<h3>Subsidy of ${usd(p.subsidy.prorate.fund)} against ${usd(p.subsidy.prorate.totals.requested)} requested to replace every ${p.subsidy.ineligible ? 'eligible ' : ''}candidate device</h3>
<table><thead><tr><th scope="col">operator</th><th scope="col">equal proration: granted</th><th scope="col">value still exposed (volume × class weight)</th><th scope="col">by impact: granted</th><th scope="col">value still exposed</th></tr></thead><tbody>
${p.subsidy.operators.map((o) => `<tr><td>${cell(o.operator)}</td><td>${usd(o.prorate.granted)}</td><td>${formatVolume(o.prorate.exposed)}</td><td>${usd(o.impact.granted)}</td><td>${formatVolume(o.impact.exposed)}</td></tr>`).join('')}
</tbody>${p.subsidy.prorate.totals.unallocated >= 0.005 || p.subsidy.impact.totals.unallocated >= 0.005
  ? `<tfoot><tr><td>unallocated</td><td>${usd(p.subsidy.prorate.totals.unallocated)}</td><td></td><td>${usd(p.subsidy.impact.totals.unallocated)}</td><td></td></tr></tfoot>`
  : ''}</table>${formatIneligible(p.subsidy) === undefined ? '' : `<p>${esc(formatIneligible(p.subsidy)!)}.</p>`}`
  const status = solverStatus(plan)
  return `<section id="plan"><h2>Replacement plan</h2>
<p>${esc(p.settings)}. Solver: ${esc(plan.solver.name)}, ${esc(status)}; ${formatCount(plan.actions.length, 'replacement')} for ${usd(plan.totalCost)}${plan.objective === 'max-clean' ? `, value ${plan.value.toLocaleString('en-US')}` : ''}.
${plan.greedy ? `Greedy baseline: ${esc(formatGreedyComparison(plan, plan.greedy))}.` : ''}${plan.objective === 'max-clean' ? ` ${esc(PLAN_VALUE_MEANING)}.` : ''}</p>
${plan.unmetDeadlines !== undefined && plan.unmetDeadlines.length > 0 ? `<p><strong>${esc(formatUnmetDeadlines(plan.unmetDeadlines))}</strong></p>` : ''}
${formatToConfirmLine(plan) === undefined ? '' : `<p class="conflict">${esc(formatToConfirmLine(plan)!)}.</p>`}
${formatReroutedLine(plan) === undefined ? '' : `<p class="conflict">${esc(formatReroutedLine(plan)!)}.</p>`}
<svg class="chart" width="${40 + phases.length * groupW}" height="${H + 56}" viewBox="0 0 ${40 + phases.length * groupW} ${H + 56}" role="img" aria-label="${esc(`Spend per phase: ${spoken.join('; ')}`)}">${svg}</svg>
<p class="legend">${legend} · dashed line: ${p.carryOver === true ? 'budget, with the money carried over from earlier phases' : 'budget of the phase'}</p>
${spendTable}
${plan.actions.length > 10 ? filterBox('actions', 'replacements') : ''}
<details><summary>${plan.actions.length === 1 ? 'The replacement' : `All ${plan.actions.length.toLocaleString('en-US')} replacements, by phase`}</summary>
<table id="actions"><thead><tr><th scope="col">phase</th><th scope="col">device</th><th scope="col">operator</th><th scope="col">cost</th><th scope="col">why</th></tr></thead><tbody>
${actionRows}
</tbody></table></details>
${subsidy}</section>`
}

function countBy<T>(xs: readonly T[], key: (x: T) => string): [string, number][] {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return sortedCounts([...m.entries()])
}

/** Counts, most first, then by name. */
function sortedCounts(counts: [string, number][]): [string, number][] {
  return counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
