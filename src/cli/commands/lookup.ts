import { resolve } from 'node:path'
import type { Manufacturer } from '../../domain/manufacturer.js'
import type { LookupCpe, LookupResult } from '../../identify/lookup.js'
import type { PastedText } from '../../identify/pasted-text.js'
import { lookupIdentifier } from '../../identify/lookup.js'
import { formatOemRelation, formatOemScope, formatOwner, manufacturerName } from '../../report/words.js'
import { formatProductDefinition } from '../../catalog/product-oids.js'
import { isNameOf } from '../../catalog/org-name.js'
import { isPrivateOrganization, isRegistrationAuthority } from '../../catalog/oui.js'
import { loadCatalogFor } from '../catalog-options.js'
import type { CliContext } from '../context.js'
import { println, write } from '../context.js'
import { showControlsInLines } from '../../util/text-width.js'
import { EXIT } from '../cli.js'
import { withOutput } from '../output-options.js'
import { formatCount, pluralOf } from '../../util/plural.js'
import { TrustpathError } from '../../errors.js'
import { readTextFile } from '../../io/read-text.js'
import { inflateWholeOrRefuse } from '../../io/gzip.js'
import { assertText } from '../../inventory/not-text.js'
import { STDIN_FILE } from '../../io/inventory-file.js'
import { withLineFeeds } from '../../util/line-ends.js'
import { BUILTIN_LISTS } from '../../policy/lists.js'
import { WEAK_CONFIDENCE } from '../../policy/evaluate.js'
import type { ListEntry } from '../../policy/policy.js'

type Options = { format: 'text' | 'json' | 'jsonl'; from?: string; dataDir?: string }

const QUERY_HINT = 'Give a MAC address or OUI prefix (trustpath lookup 00:E0:FC:00:00:01), an SNMP sysObjectID (trustpath lookup 1.3.6.1.4.1.2011.2.23) ' +
  'or a text: a model number, banner or sysDescr (trustpath lookup "SSH-2.0-HUAWEI-1.5").'

/**
 * `trustpath lookup <query...>`: what the catalog says about each identifier, and why. With
 * `--from <file>` (or the single query `-`), every non-blank line of the file (or of standard
 * input) is a query: banners captured by a scanner, a column of MACs.
 */
export default async function lookupCommand(ctx: CliContext, queries: string[], opts: Options): Promise<number> {
  const from = opts.from ?? (queries.length === 1 && queries[0] === '-' ? '-' : undefined)
  if (opts.from !== undefined && queries.length > 0) {
    throw new TrustpathError('usage', 'lookup: give queries as arguments or --from a file, not both', { hint: 'For example trustpath lookup --from banners.txt.' })
  }
  let lines: number[] | undefined
  if (from !== undefined) {
    const text = from === '-' ? await readStdin(ctx) : await readTextFile(resolve(ctx.cwd, from), 'query list')
    queries = []
    lines = []
    // One query a line; a Windows line end is not part of the query, nor are spaces around it. A
    // list saved by Excel for Mac ends its lines in a carriage return alone.
    withLineFeeds(text).split('\n').forEach((line, i) => {
      const q = line.trim()
      if (q === '') return
      queries.push(q)
      lines!.push(i + 1)
    })
    if (queries.length === 0) {
      throw new TrustpathError('input_invalid', 'the query list holds no query (the file is empty or holds blank lines only)', { at: { file: from === '-' ? STDIN_FILE : from }, hint: QUERY_HINT })
    }
  } else {
    if (queries.length === 0) throw new TrustpathError('usage', 'lookup: no query given', { hint: `${QUERY_HINT} Or read one a line with --from file.` })
    // A blank argument (an unset shell variable, `lookup ""`) would be looked up as a text that
    // names nothing, exit 1, as if the catalog lacked an identifier that was never given.
    const blank = queries.findIndex((q) => q.trim() === '')
    if (blank !== -1) {
      throw new TrustpathError('usage', queries.length === 1 ? 'lookup: the query is empty' : `lookup: query ${blank + 1} of ${queries.length} is empty`, { hint: QUERY_HINT })
    }
  }
  const catalog = await loadCatalogFor(ctx, opts)
  const name = (s: string | undefined) => manufacturerName(s, catalog.manufacturers)
  let named = 0
  const results: (LookupResult & { line?: number })[] = []
  // Results are written as they come for a list (JSON Lines and text): a long list streams.
  await withOutput(ctx, undefined, async (out) => {
    let buffer = ''
    // Captured banners repeat (thousands of devices send the same few): each text is looked up once.
    const seen = new Map<string, LookupResult>()
    for (const [i, q] of queries.entries()) {
      let r = seen.get(q)
      if (r === undefined) {
        r = lookupIdentifier(q, catalog)
        if (seen.size < 100_000) seen.set(q, r)
      }
      if (found(r)) named++
      const lists = listEntriesOf(groupsOf(r))
      const withLine = { ...(lines === undefined ? {} : { line: lines[i]! }), ...r, ...(lists.length > 0 ? { lists } : {}) }
      if (opts.format === 'json') results.push(withLine)
      else buffer += opts.format === 'jsonl' ? `${JSON.stringify(withLine)}\n` : `${showControlsInLines(describe(r, name, catalog.manufacturers))}${describeLists(lists)}\n`
      if (buffer.length > 1 << 16) {
        await write(out, buffer)
        buffer = ''
      }
    }
    if (opts.format === 'json') buffer = `${JSON.stringify(results.length === 1 && lines === undefined ? results[0] : results, null, 2)}\n`
    await write(out, buffer)
  })
  if (lines !== undefined) {
    println(ctx.stderr, `${formatCount(queries.length, 'query', 'queries')}: ${named.toLocaleString('en-US')} ${pluralOf(named, 'names', 'name')} a manufacturer or block, ` +
      `${(queries.length - named).toLocaleString('en-US')} nothing the catalog knows.`)
  }
  return named === queries.length ? EXIT.ok : EXIT.findings
}

/** Standard input as text (a list of queries piped in). */
async function readStdin(ctx: CliContext): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer)
  // A list piped in compressed (zcat left out) is read as the text it holds, as a file is.
  const text = (await inflateWholeOrRefuse(Buffer.concat(chunks), STDIN_FILE, 'query list')).toString('utf8')
  assertText(text, STDIN_FILE, 'query list')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** An entry of a built-in list (fcc-covered, ndaa-889) that names a group the query resolves to. */
type ListMention = { list: string; group: string; name: string; since?: string; purposes?: ListEntry['purposes']; covers?: ListEntry['covers']; source?: ListEntry['source'] }

function groupsOf(r: LookupResult): string[] {
  if (r.kind === 'text') return r.groups
  return r.group === undefined ? [] : [r.group]
}

/** The built-in lists' entries for these groups, in the lists' order: what a policy naming the list would match. */
function listEntriesOf(groups: readonly string[]): ListMention[] {
  const mentions: ListMention[] = []
  for (const list of BUILTIN_LISTS.values()) {
    for (const e of list.entries) {
      if (!groups.includes(e.group)) continue
      mentions.push({
        list: list.id, group: e.group, name: e.name,
        ...(e.since ? { since: e.since } : {}), ...(e.purposes ? { purposes: e.purposes } : {}), ...(e.covers ? { covers: e.covers } : {}), ...(e.source ? { source: e.source } : {}),
      })
    }
  }
  return mentions
}

/**
 * Lines saying which built-in list names the group, as what, since when and with what limits, so
 * that a lookup tells a reader who does not know the lists why the answer matters.
 */
function describeLists(mentions: readonly ListMention[]): string {
  return mentions.map((m) => {
    const limit = m.covers === 'services'
      ? ': the entry covers the section 214 telecommunications services it provides, not equipment, so no device matches it'
      : m.purposes ? `, for equipment used for ${m.purposes.join(', ')} only` : ''
    return `\n  on built-in list ${m.list} as "${m.name}"${m.since ? ` since ${m.since}` : ''} (group ${m.group})${limit}` +
      `${m.source ? `; source: ${m.source.title}${m.source.url ? ` <${m.source.url}>` : ''}` : ''}`
  }).join('')
}

function found(r: LookupResult): boolean {
  switch (r.kind) {
    case 'mac': return r.match !== undefined
    case 'oid': return r.entry !== undefined
    case 'text': return r.groups.length > 0
    case 'prefix': return r.match !== undefined
  }
}

/**
 * Where no block was found: the registry data looked in, with its date, since a block assigned after
 * it is not there; and how to refresh it.
 */
function noBlockIn(registryData: string | undefined): string {
  return registryData === undefined ? '' : ` in the registry data (${registryData}): not assigned, or assigned after that data ` +
    '(refresh it with `trustpath catalog update --oui oui.csv`)'
}

/** Said of a block the registry lists as "Private". */
const PRIVATE_NOTE = '  a private block: its holder asked the IEEE not to publish its name, so it names no manufacturer'

/**
 * Said of a MAC that only one of the IEEE's own MA-L blocks holds: the smaller block it lies in is
 * missing from the data (assigned after it, or its registry not refreshed), so it names no one yet.
 */
const AUTHORITY_MAC_NOTE = '  the IEEE\'s own block, divided into MA-M, MA-S and IAB blocks: none of the registry data holds this address ' +
  '(a block assigned after the data\'s date? refresh the registries with `trustpath catalog update --mam mam.csv --oui36 oui36.csv --iab iab.csv`)'
const AUTHORITY_PREFIX_NOTE = '  the IEEE\'s own block, divided into MA-M, MA-S and IAB blocks held by their own organisations'

/** Said of a block of a contract manufacturer (`Manufacturer.contractManufacturer`). */
const CONTRACT_NOTE = '  this block is of a contract manufacturer that builds devices for other brands: in a device another maker is declared or named for (its model, sysObjectID or a banner), the MAC names who built it, not a second maker'

/** Said of a block of a maker of network interfaces for other makers' devices (`Manufacturer.interfaceMaker`). */
const INTERFACE_NOTE = '  this block numbers network interfaces inside other makers\' devices (cards, chips, or virtual ones): in a device, the MAC names its interface, and the device only beside other evidence of this maker'

/** What each nmap script that captures a banner holds (see `parsePastedText`). */
const SCRIPT_WHAT: Readonly<Record<string, string>> = {
  banner: 'the greeting the service sent', 'http-server-header': 'the Server header the device sent',
  'http-title': 'the title of the page the device served', 'snmp-sysdescr': 'the sysDescr the agent answered',
}

/**
 * What a query copied with a tool's wrapping was read as: the text inside, and what the wrapping
 * was, so that a reader sees which part the answer is about.
 */
function describePasted(p: PastedText): string {
  switch (p.form) {
    case 'quoted':
      return `  read inside its quotes: "${p.text}"`
    case 'snmp_walk':
      return `  read as the value of an snmpwalk line${p.object !== undefined ? ` (${p.object}${p.sysDescr ? ', the sysDescr' : ''})` : ''}` +
        `${p.type === 'Hex-STRING' ? ', its Hex-STRING decoded' : ''}: "${p.text}"`
    case 'nmap_script':
      return `  read as a line of nmap's ${p.script} script, ${SCRIPT_WHAT[p.script] ?? 'which captures no banner of the device'}: "${p.text}"`
    case 'nmap_port':
      return p.text === ''
        ? `  read as a row of nmap's port table: port ${p.port}, service ${p.service}; nmap named no product (run nmap with -sV for the VERSION column, which names what answered)`
        : `  read as a row of nmap's port table: port ${p.port}, service ${p.service} (banners of protocol ${p.protocol}), what -sV named: product "${p.product}"` +
          `${p.extrainfo !== undefined ? `, extra information "${p.extrainfo}"` : ''}`
  }
}

/** What identification reads in a CPE name that a scanner or a bill of materials gives a device. */
function describeCpe(c: LookupCpe, name: (s: string | undefined) => string): string {
  const kind = c.part === 'h' ? 'hardware' : c.part === 'o' ? 'operating system' : c.part === 'a' ? 'application' : 'any part'
  const what = `  CPE: ${kind}${c.product !== undefined ? ` "${c.product}"` : ''} of vendor "${c.vendor}"`
  switch (c.none) {
    case 'application':
      return `${what}: an application runs on devices of any maker, so it names no device's maker (identification passes it over)`
    case 'general-os':
      return `${what}: an operating system that devices of many makers run (Linux, Windows, the BSDs, VxWorks, EulerOS...), so it names no device's maker (identification passes it over)`
    case 'unknown-vendor':
      return `${what}: a vendor the catalog does not know, so it names no manufacturer`
    case 'interface-maker':
      return `${what}: ${name(c.manufacturer)} makes network interfaces and management parts built into other makers' devices, so its hardware CPE names a part, not the device's maker (identification passes it over)`
    case undefined:
      return `${what}: names ${name(c.manufacturer)} (${c.manufacturer}); in identification a scanner's CPE of a host or service (an inventory's banner of field cpe) is weak evidence, as its product guess is (below the policy's weak-evidence threshold of ${WEAK_CONFIDENCE}): a hint to confirm with what the device sent`
  }
}

function describe(r: LookupResult, name: (s: string | undefined) => string, manufacturers: ReadonlyMap<string, Manufacturer>): string {
  const lines: string[] = []
  switch (r.kind) {
    case 'mac': {
      if (r.pasted !== undefined) lines.push(`"${r.query}"`, describePasted(r.pasted))
      lines.push(`MAC ${r.mac}`)
      if (r.ipv6 !== undefined) lines.push(`  read from the IPv6 address ${r.ipv6}: its interface identifier (modified EUI-64, ff:fe in the middle) was formed from this MAC`)
      if (r.eui64 !== undefined) lines.push(`  read from the EUI-64 ${r.eui64}: it was formed from this MAC (ff:fe or ff:ff in its middle)`)
      if (r.multicast) lines.push('  multicast address: names no manufacturer')
      if (r.locallyAdministered) lines.push('  locally administered address (set by software, not burned in): no evidence of a manufacturer')
      if (r.match === undefined) {
        // A random or group address is in no block by nature: no data to refresh.
        lines.push(`  no IEEE block holds this address${r.locallyAdministered || r.multicast ? '' : noBlockIn(r.registryData)}`)
      } else {
        const m = r.match
        lines.push(`  IEEE ${m.registry} block ${m.prefix}/${m.bits} assigned to "${m.organization}"`)
        if (r.registryData !== undefined) lines.push(`  registry data: ${r.registryData}`)
        if (m.registry === 'CID') lines.push('  a Company ID (CID) is not a manufacturer block: no evidence')
        else if (m.manufacturer === undefined) {
          lines.push(isPrivateOrganization(m.organization) ? PRIVATE_NOTE : isRegistrationAuthority(m.organization) ? AUTHORITY_MAC_NOTE : '  organisation not in the trustpath catalog')
        } else {
          lines.push(`  manufacturer: ${name(m.manufacturer)} (${m.manufacturer}); group: ${name(r.group)} (${r.group})`)
          if (r.interfaceMaker !== undefined) lines.push(INTERFACE_NOTE)
          if (r.contractManufacturer !== undefined) lines.push(CONTRACT_NOTE)
          if (r.sharedAdapter !== undefined) {
            lines.push(`  the MAC of the ${r.sharedAdapter.adapter}, the same on every computer the VPN client is installed on: in a device, it names that software's virtual adapter (a component), not the device's maker`)
            lines.push(`  source: ${r.sharedAdapter.source.title}${r.sharedAdapter.source.url ? ` <${r.sharedAdapter.source.url}>` : ''}`)
          }
        }
      }
      break
    }
    case 'oid':
      lines.push(r.pasted === undefined ? `OID ${r.query}` : `"${r.query}"`)
      if (r.pasted !== undefined) lines.push(describePasted(r.pasted))
      // Also for 1.3.6.1.4.1 itself, the arc of all private enterprises, which is under no one of them.
      if (r.enterprise === undefined) lines.push('  holds no private enterprise number (1.3.6.1.4.1.<number>, as a sysObjectID does): names no manufacturer')
      else if (r.entry === undefined) {
        // A number devices of other makers report: a refreshed registry would not name its maker either.
        lines.push(r.noMaker !== undefined
          ? `  enterprise number ${r.enterprise} names no manufacturer: ${r.noMaker}`
          : r.registryData !== undefined
            // The catalog holds IANA's registry: refreshing it again would not name the number either.
            ? `  enterprise number ${r.enterprise}: IANA's registry data (${r.registryData}) lists no organisation for it (returned to IANA, "---none---", or not assigned by that date); it names no manufacturer`
            : `  enterprise number ${r.enterprise}: not in the catalog (refresh with \`trustpath catalog update --enterprise\`)`)
      } else {
        if (r.registrant !== undefined) {
          // A branch of the number's tree that another maker's devices report: the registrant, then the branch.
          lines.push(`  IANA private enterprise ${r.enterprise} registered to "${r.registrant}"`)
          lines.push(`  ${r.entry.organization}`)
        } else if (r.entry.unregistered) {
          // An arc a maker's firmware reports without an IANA registration: no registrant to name.
          lines.push(`  enterprise number ${r.enterprise} is not registered with IANA: ${r.entry.organization}`)
        } else lines.push(`  IANA private enterprise ${r.enterprise} registered to "${r.entry.organization}"`)
        if (r.registryData !== undefined) lines.push(`  registry data: ${r.registryData}`)
        if (r.entry.manufacturer !== undefined) lines.push(`  manufacturer: ${name(r.entry.manufacturer)} (${r.entry.manufacturer}); group: ${name(r.group)} (${r.group})`)
        else lines.push(r.noMaker !== undefined ? `  names no manufacturer: ${r.noMaker}` : '  organisation not in the trustpath catalog')
      }
      if (r.product !== undefined) {
        lines.push(`  product: ${r.product.name} (${formatProductDefinition(r.product)})`)
        lines.push(`  source: ${r.product.source.title}${r.product.source.url ? ` <${r.product.source.url}>` : ''}`)
      }
      break
    case 'prefix': {
      if (r.pasted !== undefined) lines.push(`"${r.query}"`, describePasted(r.pasted))
      lines.push(r.eui64 ? `EUI-64 ${r.query}` : `prefix ${r.prefix}`)
      if (r.eui64) lines.push(`  an EUI-64 assigned as such (no MAC in it): its first 36 bits, ${r.prefix}, lie in the block below. In an inventory's MAC column it is not read as evidence: an IEEE 802.15.4 (Zigbee) radio's names the radio chip's maker, and a Fibre Channel WWN is written the same way`)
      const m = r.match
      if (m === undefined) lines.push(`  no IEEE block holds this prefix${noBlockIn(r.registryData)}`)
      else {
        lines.push(`  IEEE ${m.registry} block ${m.prefix}/${m.prefix.length * 4} assigned to "${m.organization}"`)
        if (r.registryData !== undefined) lines.push(`  registry data: ${r.registryData}`)
        if (m.registry === 'CID') lines.push('  a Company ID (CID) is not a manufacturer block: no evidence')
        else if (m.manufacturer === undefined) {
          lines.push(isPrivateOrganization(m.organization) ? PRIVATE_NOTE : isRegistrationAuthority(m.organization) ? AUTHORITY_PREFIX_NOTE : '  organisation not in the trustpath catalog')
        }
        else {
          lines.push(`  manufacturer: ${name(m.manufacturer)} (${m.manufacturer}); group: ${name(r.group)} (${r.group})`)
          if (r.interfaceMaker !== undefined) lines.push(INTERFACE_NOTE)
          if (r.contractManufacturer !== undefined) lines.push(CONTRACT_NOTE)
        }
      }
      if (r.longer > 0) lines.push(`  ${formatCount(r.longer, 'longer block')} (MA-M, MA-S or IAB) ${pluralOf(r.longer, 'lies', 'lie')} under it: look a whole MAC up to tell which holds it`)
      break
    }
    case 'text':
      // A response pasted with its CR LF line ends is echoed a line at a time, without a \x0D at
      // the end of each (a lone CR, which a telnet greeting may hold, is still shown).
      lines.push(`"${r.query.replace(/\r\n/g, '\n')}"`)
      if (r.pasted !== undefined) lines.push(describePasted(r.pasted))
      if (r.cpe !== undefined) {
        lines.push(describeCpe(r.cpe, name))
        if (r.groups.length > 0) lines.push(`  ${pluralOf(r.groups.length, 'group')}: ${r.groups.map((g) => `${name(g)} (${g})`).join(', ')}`)
        break
      }
      const text = r.pasted?.text ?? r.query
      const maker = r.name === undefined ? undefined : manufacturers.get(r.name)
      // A banner or sysDescr names its maker in passing ("SSH-2.0-HUAWEI-1.5", "VENDOR: HUAWEI"): when a
      // model or banner line below gives that maker, with the pattern and the words it matched, a
      // name line would only say the same again. A query that is a name whole ("Hikvision", which
      // is also a SIP user agent of its cameras) is a name first.
      // A brand and a model after it ("Drei 3Pocket") are an inventory's columns, not a banner: the model line below says what they give.
      const mentioned = r.name !== undefined && r.brandModel === undefined && !isNameOf(maker, text) && r.model?.manufacturer !== r.name && !r.banners.some((b) => b.manufacturer === r.name)
      if (r.name !== undefined && (isNameOf(maker, text) || mentioned || r.brandModel !== undefined)) {
        lines.push(`  name: the catalog knows it as ${name(r.name)} (${r.name})`)
      }
      // A maker's name in a longer text that no pattern reads (a reseller's page title, a host name
      // in a sysDescr) is weak evidence in identification: said so, lest the group below read as a verdict.
      if (mentioned && maker?.softwareMaker === undefined && maker?.chipMaker === undefined && maker?.interfaceMaker === undefined) {
        lines.push(r.pasted?.form === 'nmap_port'
          ? `  a maker's name in what a scanner concluded (nmap's product and extra information) is weak evidence (below the policy's weak-evidence threshold of ${WEAK_CONFIDENCE}; a scan's conclusions count as one): a hint to confirm with what the device sent (nmap's banner script, -sV's fingerprint)`
          : `  in a banner or a sysDescr, a maker's name that no pattern of its own wording reads is weak evidence (below the policy's weak-evidence threshold of ${WEAK_CONFIDENCE}, however often it is repeated): a hint to confirm, as a reseller's page or a host named after the maker names it too`)
      }
      // In a longer text, the name of a maker of software for other makers' hardware names that software.
      if (r.name !== undefined && !isNameOf(maker, text) && maker?.softwareMaker !== undefined) {
        lines.push(`  in a banner or a scanner's product name this names ${name(r.name)}'s software, which runs on other makers' hardware: identification lists it as software the device runs (a component, which a policy's match: components rule reads), not as the device's maker`)
      }
      // In a longer text, the name of a maker of chips for other makers' devices names the chip.
      if (r.name !== undefined && !isNameOf(maker, text) && maker?.chipMaker !== undefined) {
        lines.push(`  in a banner or a sysDescr this names ${name(r.name)}'s chip, which other makers build into their devices: identification lists it as the device's SoC (a component, which a policy's match: components rule reads), not as the device's maker`)
      }
      if (r.model !== undefined) {
        lines.push(`  model number: pattern ${r.model.pattern} of ${name(r.model.manufacturer)}${r.model.product ? ` (${r.model.product})` : ''}`)
        // A model sold under another brand: say whose label it wears and where the attribution comes from.
        if (r.model.brand !== undefined) lines.push(`  sold under the ${name(r.model.brand)} brand, made by ${name(r.model.manufacturer)}`)
        if (r.model.source !== undefined) lines.push(`  source: ${r.model.source.title}${r.model.source.url ? ` <${r.model.source.url}>` : ''}`)
      }
      // Whose it is or was, and when: the group a device falls in follows its manufactured date.
      for (const o of r.owners ?? []) lines.push(`  ${name(r.name)} ${formatOwner(o, name)}`)
      // A brand that sells other makers' products: which ones, for which of its devices, and why.
      for (const o of r.oem) lines.push(`  OEM relation: ${formatOemRelation(o, (s) => name(s))}; covers ${formatOemScope(o.scope)}`)
      // The model after the brand: which of those relations hold it, as a device declared so is read.
      if (r.brandModel !== undefined && r.name !== undefined) {
        const { model, covering } = r.brandModel
        const byRole = [...new Set(r.oem.flatMap((o) => typeof o.scope === 'object' ? o.scope.roles ?? [] : []))]
        const roles = byRole.length === 0 ? '' : `, or its role (${byRole.join(', ')}) is one a relation above covers`
        const numbered = r.model !== undefined && r.model.manufacturer !== r.name ? r.model.manufacturer : undefined
        lines.push(covering.length > 0
          ? `  model "${model}": in the scope of ${covering.map((o) => `the relation with ${name(o.maker)}`).join(' and ')}: a device declared ${name(r.name)} with this model is attributed to ${[...new Set(covering.map((o) => name(o.maker)))].join(' or ')}` +
            (r.model !== undefined && covering.some((o) => o.maker === r.model!.manufacturer)
              ? `, which its model number names too (above)`
              : ` on the relation alone (weak evidence, to confirm)`)
          : numbered !== undefined
            ? `  model "${model}": in the scope of no relation above, but its model number names ${name(numbered)} (above), whose device it is whatever brand it is declared with`
            : `  model "${model}": in the scope of no relation above by its model: a device declared ${name(r.name)} with this model stays ${name(r.name)}'s, unless other evidence (a MAC block, a banner) names its maker${roles}`)
      }
      for (const b of r.banners) {
        lines.push(`  banner: pattern ${b.pattern} of ${name(b.manufacturer)}` +
          `${b.product ? `, product ${b.product}` : ''}${b.version ? `, version ${b.version}` : ''}: "${b.excerpt}"` +
          (b.certainty === 'low' ? ' (low certainty: a hint to weigh with other evidence, as texts of other makers may read the same)' : ''))
      }
      for (const u of r.usb ?? []) {
        const whose = u.manufacturer === undefined ? 'a vendor the catalog does not know'
          : u.product !== undefined ? `${name(u.manufacturer)} (${u.product}; source: ${u.source?.title ?? ''}${u.source?.url ? ` <${u.source.url}>` : ''})`
          : `${name(u.manufacturer)}${u.vendor !== undefined ? ` (vendor id ${u.vendorId}: ${u.vendor})` : ''}`
        lines.push(`  USB device ${u.vendorId}:${u.productId} of ${whose}: a part attached to the host, which identification lists as a component (kind usb, read by a policy's match: components rule), not as the host's maker`)
      }
      if (r.generic !== undefined) {
        lines.push(`  ${r.generic.name}: ${r.generic.what} that devices and servers of many makers run, so it names no manufacturer (the catalog keeps no pattern for it)`)
      } else if (r.groups.length === 0) lines.push('  nothing in the catalog matches: no manufacturer name, model pattern or banner pattern')
      if (r.hint !== undefined) lines.push(`  hint: ${r.hint}`)
      else if (r.groups.length > 0) lines.push(`  ${pluralOf(r.groups.length, 'group')}: ${r.groups.map((g) => `${name(g)} (${g})`).join(', ')}`)
      break
  }
  return lines.join('\n')
}
