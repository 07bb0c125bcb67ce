import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import { resolve } from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { formatLocation } from '../diagnostics/format.js'
import { ExitError, TrustpathError } from '../errors.js'
import { TRANSIT_ROLES } from '../exposure/node-trust.js'
import { isPolicyStart } from '../inventory/not-text.js'
import { INVENTORY_FORMATS } from '../inventory/rows.js'
import type { TrustpathErrorCode } from '../errors.js'
import { VERSION } from '../version.js'
import type { CliContext } from './context.js'
import { println, shownPath } from './context.js'
import { shellWord } from './shell-word.js'
import { showControlsInLines } from '../util/text-width.js'

/** Exit statuses: 0 clean, 1 findings (or an unmet plan), 2 usage or input error, 3 a bug in trustpath. */
export const EXIT = { ok: 0, findings: 1, input: 2, internal: 3 } as const

const EXIT_STATUS = {
  input_unreadable: EXIT.input,
  input_invalid: EXIT.input,
  config_invalid: EXIT.input,
  catalog_invalid: EXIT.input,
  usage: EXIT.input,
  solver_unavailable: EXIT.input,
} satisfies Record<TrustpathErrorCode, number>

const FORMAT_HELP = 'table on a terminal, jsonl when piped'

/** What `--prefixes` of exposure and plan reads, and what its class means. */
const PREFIXES_HELP = 'CSV prefix,node[,class] (or network,site,classification) placing the addresses of flow records (and of flow ends) on nodes: ' +
  'an address goes to the node (id, label or site) of the longest prefix that holds it, IPv4 and IPv6 (0.0.0.0/0 takes the rest); ' +
  'class, optional, is the sensitivity of the traffic to and from the prefix (secret, restricted), the flow\'s class, which plan\'s --class-weight weighs (when some prefixes give one, traffic between prefixes of none is left out as ordinary); ' +
  'an inventory device\'s address places it first; an inventory device without a site (a scan\'s host) sits on the node of the prefix holding its address (0.0.0.0/0 places none)'

/** What `--site-map` of exposure and plan reads. */
const SITE_MAP_HELP = 'CSV site,node (or location,node_label) placing inventory devices on nodes by their sites as the inventory writes them ' +
  '("Roma, Via dei Tizii 6",RM): site in any case and spacing, node a node id, label (any case) or site; it comes before matching the site to the nodes\' own names; ' +
  'a node that names no node or a site given twice stops the run (exit 2); sites no device has are warned about'

/** `--input-format`, the same for every command that reads an inventory. */
function inputFormatOption(): Option {
  return new Option('--input-format <format>', 'inventory format when it cannot be told from the name').choices(INVENTORY_FORMATS)
}

/** `--sheet`, beside `--input-format`: the worksheet of an Excel workbook to read. */
function sheetOption(): Option {
  return new Option('--sheet <name|number>', 'the one worksheet of an Excel workbook inventory to read (default: every visible sheet that lists devices)')
}

/** `--all-diagnostics`, for every command that reads an inventory: each diagnostic printed, not the first 10 of each code. */
function allDiagnosticsOption(): Option {
  return new Option('--all-diagnostics', 'print every diagnostic on standard error (default: the first 10 of each kind, then how many more)')
}

/** `--merge`, for every command that reads an inventory: the records of one device in several files become one device. */
function mergeOption(): Option {
  return new Option('--merge', 'several files of one network (an export, walks, a scan, neighbour and ARP tables): read the records of one device ' +
    '(the same id, a MAC, serial number or management address in common) as one device, under its best id, the others kept as aliases. ' +
    'Every device is held in memory until all files are read (fine for tens of thousands of devices); without it the files stream')
}

/**
 * Options a command cannot run without. Commander's own required options are checked before the
 * unknown ones, so a misspelt `--polcy` was reported as a missing `--policy`, without a word of the
 * misspelling; these are checked when the command runs, after the unknown options.
 */
const REQUIRED = new WeakSet<Option>()

function required(flags: string, description: string): Option {
  const option = new Option(flags, description)
  REQUIRED.add(option)
  return option
}

/** A command line that pipes its input in, for each command that reads `-`. */
const PIPED: Record<string, string> = {
  check: 'cat devices.csv | trustpath check - -p policy.yaml',
  exposure: 'cat devices.csv | trustpath exposure -i - -t de.graphml -p policy.yaml',
  plan: 'cat devices.csv | trustpath plan -i - -p policy.yaml',
  lookup: 'cut -d, -f3 macs.csv | trustpath lookup -',
}

/**
 * `-` reads standard input; when that is the terminal, nothing was piped in and the run would wait
 * without a word for text the user does not know to type.
 */
function assertStdinPiped(ctx: CliContext, command: string, readsStdin: boolean): void {
  if (!readsStdin || ctx.stdin.isTTY !== true) return
  throw new TrustpathError('usage', '"-" reads standard input, but nothing is piped in (standard input is the terminal)', {
    hint: `Pipe the input in (for example ${PIPED[command] ?? `cat devices.csv | trustpath ${command} -`}), or give the file's name in place of "-".`,
  })
}

/** Whether `path` is a file whose start is not a policy's (false when it cannot be read). */
function isOtherYaml(path: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const buffer = Buffer.alloc(64 * 1024)
    const n = readSync(fd, buffer, 0, buffer.length, 0)
    return !isPolicyStart(buffer.subarray(0, n).toString('utf8'))
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Where the files of each command go, for a file given without its option. */
const FILES_GO: Record<string, string> = {
  exposure: 'exposure takes every file with its option: -t topology, -i inventory, -p policy, --flows flows, -o output.',
  plan: 'plan takes every file with its option: -i inventory, -p policy, -t topology, --flows flows, --costs, --schedule, -o output.',
  demo: 'demo writes into the directory given with -o (trustpath demo -o demo-report).',
  identify: 'identify reads every file named as an inventory; give the output file with -o (trustpath identify devices.csv -o attributions.json).',
  check: 'check reads every file named as an inventory; give the policy with -p and the output file with -o (trustpath check devices.csv -p policy.yaml -o findings.sarif).',
}

/**
 * Refuses an argument beyond those a command takes (`check devices.csv policy.yaml`, the policy
 * without its -p), naming it and where it goes, rather than by Commander's count of arguments.
 */
function assertNoExtraFiles(command: Command, cwd: string): void {
  if (command.registeredArguments.some((a) => a.variadic)) {
    // No inventory is YAML: a policy given without its -p (check devices.csv policy.yaml). A YAML
    // file that is no policy (Zabbix's host export, zabbix_export_hosts.yaml) is read as the
    // inventory it was given as, and refused as what it is, with what to give instead.
    const policy = command.name() === 'check' ? command.args.find((f) => /\.ya?ml$/i.test(f) && !isOtherYaml(resolve(cwd, f))) : undefined
    if (policy !== undefined) {
      throw new TrustpathError('usage', `check: "${policy}" is a policy, not an inventory (a policy goes with -p)`, { hint: FILES_GO['check']! })
    }
    // A file after the first that is not there is most often the output meant for -o
    // (identify devices.csv out.json): told so, rather than as an inventory that cannot be read.
    const reads = command.name() === 'identify' || command.name() === 'check'
    const missing = reads ? command.args.slice(1).find((f) => f !== '-' && !existsSync(resolve(cwd, f))) : undefined
    if (missing !== undefined) {
      throw new TrustpathError('usage', `${command.name()}: "${missing}" is not there to read, and every file named is read as an inventory`, {
        hint: FILES_GO[command.name()] ?? `Run trustpath ${command.name()} --help for its arguments.`,
      })
    }
    return
  }
  const extra = command.args.slice(command.registeredArguments.length)
  if (extra.length === 0) return
  const policy = command.name() === 'check' && /\.ya?ml$/i.test(extra[0]!)
  const name = command.parent?.parent ? `${command.parent.name()} ${command.name()}` : command.name()
  throw new TrustpathError('usage', `${name}: "${extra[0]!}" is one argument too many${policy ? ' (a policy goes with -p)' : ''}`, {
    hint: FILES_GO[name] ?? `Run trustpath ${name} --help for its arguments.`,
  })
}

/**
 * A command's option written before the command (`trustpath --format json identify devices.csv`) is
 * unknown to trustpath itself, and Commander says only that: the message gets a line naming the
 * command it belongs to and the command line with the options after the command.
 */
function withMisplacedOption(program: Command, args: readonly string[], message: string): string {
  const unknown = /^error: unknown option '([^']+)'\n/.exec(message)
  if (unknown === null) return message
  const found = commandIn(program, args)
  const flag = unknown[1]!.split('=')[0]!
  const before = args.indexOf(unknown[1]!)
  if (found === undefined || before < 0 || before > found.at) return message
  const { command, at, end } = found
  if (!command.options.some((o) => o.long === flag || o.short === flag)) return message
  const name = args.slice(at, end).join(' ')
  const fixed = [...args.slice(at), ...args.slice(0, at)].map(shellWord).join(' ')
  return message.replace(unknown[0], `${unknown[0]}(${flag} is an option of ${name}: give it after the command, as in trustpath ${fixed})\n`)
}

/** The command named in `args` (a catalog subcommand with its parent), and where its name is. */
function commandIn(program: Command, args: readonly string[]): { command: Command; at: number; end: number } | undefined {
  const at = args.findIndex((a) => program.commands.some((c) => c.name() === a))
  if (at < 0) return undefined
  const top = program.commands.find((c) => c.name() === args[at])!
  const sub = top.commands.find((c) => c.name() === args[at + 1])
  return sub === undefined ? { command: top, at, end: at + 1 } : { command: sub, at, end: at + 2 }
}

/**
 * A short option in the wrong case (-P for -p, -V for -v) is unknown, and Commander suggests
 * options only for long ones: the message gets the option meant.
 */
function withShortOptionCase(program: Command, args: readonly string[], message: string): string {
  const unknown = /^error: unknown option '-([A-Za-z])'\n/.exec(message)
  if (unknown === null) return message
  const letter = unknown[1]!
  const swapped = `-${letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase()}`
  const found = commandIn(program, args)
  const command = found !== undefined && args.indexOf(`-${letter}`) > found.at ? found.command : program
  const meant = [...command.options, ...program.options].find((o) => o.short === swapped)
  if (meant === undefined) return message
  return message.replace(unknown[0], `${unknown[0]}(Did you mean ${[meant.short, meant.long].filter((f) => f !== undefined).join(', ')}?)\n`)
}

/** Builds the command table. Each action loads its command module only when it runs. */
export function buildProgram(ctx: CliContext, setStatus: (status: number) => void, argv: readonly string[] = []): Command {
  const program = new Command('trustpath')
    .description('Find equipment of high-risk manufacturers in networks, with the evidence for every answer.')
    .version(VERSION, '-v, --version')
    .option('--debug', 'print stack traces of internal errors')
    .option('--data-dir <dir>', 'where refreshed registries are kept (default: $TRUSTPATH_HOME, else $XDG_DATA_HOME/trustpath, else ~/.local/share/trustpath)')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // A file named first (trustpath devices.csv) is no command: say which commands read it.
      outputError: (s, write) => write(withShortOptionCase(program, argv, withMisplacedOption(program, argv, s.replace(/^error: unknown command '([^']*[./\\][^']*)'\n/, (line, file: string) =>
        `${line}(a command comes first: trustpath identify ${shellWord(file)}, or trustpath check ${shellWord(file)} -p policy.yaml)\n`)))),
    })
    .addHelpText('after', `
Start with the built-in scenario: it writes a report and every file it used, and prints the
commands that reproduce it from those files. Then run them on your own inventory and policy.

Examples:
  $ trustpath demo
  $ trustpath identify devices.csv
  $ trustpath check devices.csv -p policy.yaml
  $ trustpath lookup 00:E0:FC:00:00:01
  $ trustpath help check                 # a command's options and examples (or trustpath check --help)

Exit status: 2 usage or input error, 3 a bug in trustpath; 0 and 1 as each command's help says
(check: 0 no findings, 1 findings).
`)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    // A file too many is told with the option it was meant for (assertNoExtraFiles), not as a count.
    .allowExcessArguments()
    // `-o -` is standard output, as `-` is standard input for an inventory: no file named "-".
    // (The demo's -o is a directory, where "-" means nothing else.)
    .hook('preAction', (_program, command) => {
      assertNoRepeatedOption(command, argv)
      if (command.name() !== 'demo' && command.opts()['output'] === '-') command.setOptionValue('output', undefined)
    })

  const run = (load: () => Promise<{ default: (ctx: CliContext, ...args: never[]) => Promise<number> }>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command
      assertNoExtraFiles(command, ctx.cwd)
      // Every missing option at once: a first run of `exposure` lacks three, and learning them one
      // failed run at a time is a chore.
      const missing = command.options.filter((o) => REQUIRED.has(o) && command.getOptionValue(o.attributeName()) === undefined)
      // A first run without a policy or a topology: what one is, and the smallest that works.
      const explained = [
        missing.some((o) => o.long === '--topology')
          ? '\n(a topology is the graph of an operator\'s network; the simplest is a CSV of links, a,b,metric, one line a link between two nodes; the formats read are in docs/topology.md#which-file-do-i-give, and trustpath demo writes three)'
          : '',
        missing.some((o) => o.long === '--policy')
          ? '\n(a policy is a YAML file of rules, see docs/policy.md#which-rule-for-which-need; the smallest is one line, { version: 1, rules: [{ id: s889-ban, lists: [ndaa-889], effect: prohibit }] }, or start from the one trustpath demo writes)'
          : '',
      ].join('')
      if (missing.length === 1) command.error(`error: required option '${missing[0]!.flags}' not specified${explained}`, { code: 'commander.missingMandatoryOptionValue' })
      if (missing.length > 1) command.error(`error: required options not specified: ${missing.map((o) => `'${o.flags}'`).join(', ')}${explained}`, { code: 'commander.missingMandatoryOptionValue' })
      const opts = { ...program.opts(), ...command.opts() }
      const positional = args.slice(0, -2)
      // `-` as the inventory, as --from, or as lookup's only query.
      const dash = (p: unknown) => p === '-' || (Array.isArray(p) && (command.name() === 'lookup' ? p.length === 1 && p[0] === '-' : p.includes('-')))
      assertStdinPiped(ctx, command.name(), [...positional, opts['inventory'], opts['from']].some(dash))
      const mod = await load()
      setStatus(await (mod.default as (ctx: CliContext, ...a: unknown[]) => Promise<number>)(ctx, ...positional, opts))
    }

  program.command('identify')
    .argument('<inventory...>', 'inventory files or directories (every file below a directory, one file per device or export), each a .csv or .tsv file (separated by , ; tab or |); Excel workbook .xlsx or .xlsm; .json or .jsonl, also a NetBox or Nautobot device list and Shodan, zgrab2 or Censys output; nmap -oX .xml, -oN .nmap (or its terminal output), -oG .gnmap; masscan -oL or -oJ; Nessus .nessus or CSV export, Tenable Security Center or Vulnerability Management CSV findings export; Greenbone (OpenVAS) XML report or CSV Results; Rapid7 Nexpose/InsightVM XML Export 2.0 or CSV report of vulnerabilities; Qualys XML scan results, scan report or host detection list, or CSV scan results or report; CycloneDX BOM .cdx.json or .cdx.xml; SNMP walk; LLDP or CDP neighbour table; address table: arp -a, ip neigh, arp-scan, nbtscan, the Fing CLI\'s log, DHCP leases, show ip arp, MAC address table; Angry IP Scanner CSV, text or XML export, Advanced IP Scanner XML export; GLPI Agent network discovery or inventory XML; Infoblox CSV export (host records, fixed addresses); httpx JSON or CSV, WhatWeb JSON or XML log, fingerprintx JSON, nuclei JSON Lines; Shadowserver CSV reports; a device\'s saved show version, show inventory, display version, display elabel or display device manuinfo output, a server\'s dmidecode or ipmitool fru, a camera\'s Hikvision ISAPI deviceInfo (.xml) or Dahua getSystemInfo, a Hikvision recorder\'s ISAPI list of its IP channels (.xml), ProCurve\'s show system, a Huawei OLT\'s display ont info; a saved configuration, one device a file (RANCID\'s or Oxidized\'s files, a FortiGate backup, a RouterOS export, a running configuration); Nagios object definitions (hosts.cfg: define host{...}) or Icinga 2\'s (hosts.conf: object Host ...); any of these gzip-compressed too (devices.csv.gz, scan.xml.gz: told by the content, read as it streams); or - for standard input')
    .description('Attribute every device to its real manufacturer and group, with the evidence')
    .addOption(new Option('-f, --format <format>', `output format (default: the -o file's extension (.json, .jsonl, .csv), else ${FORMAT_HELP})`).choices(['table', 'json', 'jsonl', 'csv']))
    .addOption(inputFormatOption())
    .addOption(sheetOption())
    .addOption(allDiagnosticsOption())
    .addOption(mergeOption())
    .option('-o, --output <file>', 'write the result to a file instead of standard output (- is standard output)')
    .option('--strict', 'stop at the first malformed row')
    .option('--no-duplicate-check', 'do not look for repeated device ids (saves about 17 bytes of memory per device on huge inventories)')
    .option('-q, --quiet', 'no progress bar and no summary on standard error')
    .option('--at <date>', 'resolve ownership (e.g. Honor and Huawei) at this date, YYYY-MM-DD, when a device has no manufactured date (default: none: such a device is attributed as of today, with a conflict that says so)')
    .option('-j, --jobs <n|auto>', 'worker threads for a CSV or JSON Lines inventory file read alone (several are read by one thread); the output is the same. auto: one per core (at most 4) for files of 64 MiB and more, else none', 'auto')
    .addHelpText('after', `
Output: one row per device with id, manufacturer, group, confidence (0..1), evidence and conflicts.
JSON fields: id, name, status and lifecycle (the status the inventory records and its class: in-service, not-deployed
or out-of-service; when it records one), manufacturer, group, confidence, evidence[] (method, manufacturer, value),
conflicts[], componentGroups[] (the groups of the hardware components, when the device lists any); every field
and CSV column in docs/output.md.
Several inventories are read one after another as one: files named, and every file below a directory named
(not names starting with a dot, backups ending in ~ or lock files starting with ~$). A file found in a
directory that holds no inventory (a README) is skipped with a warning; a device id used by an earlier file
is skipped, as a repeated id in one file is, unless its serial or MACs tell another device (read as <id>/<file>).
With --merge, the records of one device in several files (the same id, or a MAC, serial number or management
address in common) are merged into one device, under the id that names it best (a name over an address), its
other ids kept as aliases and every file and line it came from as its sources (docs/inventory.md, "Merging
sources"); every device is then held in memory until the last file is read.
In a CSV without an id column, where each device is known by its name, a name that comes again with another
serial or other MACs is another device, read as <name>/<serial> (else <name>/<MAC>).
Exit status: 0 when every row was read, 2 when some rows were malformed (the good ones are still reported)
or an inventory cannot be read.

Examples:
  $ trustpath identify devices.csv
  $ trustpath identify inventory.jsonl --format json -o attributions.json
  $ trustpath identify assets.xlsx                      # every sheet that lists devices (--sheet Switches: one)
  $ netbox-export | trustpath identify - --input-format json --format csv
  $ trustpath identify show-cdp-neighbors-detail.txt     # a switch's neighbours, one device each
  $ trustpath identify captures/                          # saved show version outputs, one file per device
  $ trustpath identify --merge netbox.csv walks/ scan.xml arp.txt   # one row per device, whichever files name it
`)
    .action(run(() => import('./commands/identify.js')))

  program.command('check')
    .argument('<inventory...>', 'inventory files or directories (every file below a directory, one file per device or export), each a .csv or .tsv file (separated by , ; tab or |); Excel workbook .xlsx or .xlsm; .json or .jsonl, also a NetBox or Nautobot device list and Shodan, zgrab2 or Censys output; nmap -oX .xml, -oN .nmap (or its terminal output), -oG .gnmap; masscan -oL or -oJ; Nessus .nessus or CSV export, Tenable Security Center or Vulnerability Management CSV findings export; Greenbone (OpenVAS) XML report or CSV Results; Rapid7 Nexpose/InsightVM XML Export 2.0 or CSV report of vulnerabilities; Qualys XML scan results, scan report or host detection list, or CSV scan results or report; CycloneDX BOM .cdx.json or .cdx.xml; SNMP walk; LLDP or CDP neighbour table; address table: arp -a, ip neigh, arp-scan, nbtscan, the Fing CLI\'s log, DHCP leases, show ip arp, MAC address table; Angry IP Scanner CSV, text or XML export, Advanced IP Scanner XML export; GLPI Agent network discovery or inventory XML; Infoblox CSV export (host records, fixed addresses); httpx JSON or CSV, WhatWeb JSON or XML log, fingerprintx JSON, nuclei JSON Lines; Shadowserver CSV reports; a device\'s saved show version, show inventory, display version, display elabel or display device manuinfo output, a server\'s dmidecode or ipmitool fru, a camera\'s Hikvision ISAPI deviceInfo (.xml) or Dahua getSystemInfo, a Hikvision recorder\'s ISAPI list of its IP channels (.xml), ProCurve\'s show system, a Huawei OLT\'s display ont info; a saved configuration, one device a file (RANCID\'s or Oxidized\'s files, a FortiGate backup, a RouterOS export, a running configuration); Nagios object definitions (hosts.cfg: define host{...}) or Icinga 2\'s (hosts.conf: object Host ...); any of these gzip-compressed too (devices.csv.gz, scan.xml.gz: told by the content, read as it streams); or - for standard input')
    .description('Check an inventory against a policy and list the findings')
    .addOption(required('-p, --policy <file>', 'policy file (YAML), see docs/policy.md'))
    .option('--sites <file>', 'sites for geofences (CSV id,name,kind,lat,lon or JSON), merged into the policy\'s own')
    .addOption(new Option('-f, --format <format>', `output format (default: the -o file's extension (.json, .jsonl, .csv, .sarif, .html), else ${FORMAT_HELP.replace('jsonl', 'json')})`).choices(['table', 'json', 'jsonl', 'csv', 'sarif', 'html']))
    .addOption(inputFormatOption())
    .addOption(sheetOption())
    .addOption(allDiagnosticsOption())
    .addOption(mergeOption())
    .option('-o, --output <file>', 'write the findings to a file instead of standard output (- is standard output)')
    .option('--strict', 'stop at the first malformed row')
    .option('--no-duplicate-check', 'do not look for repeated device ids (saves about 17 bytes of memory per device on huge inventories)')
    .option('-q, --quiet', 'no progress bar, no summary and no notes (expired or unused exemptions, scope networks or sites no device has) on standard error')
    .option('--now <date>', 'evaluate deadlines and exemptions as of this date, YYYY-MM-DD (default: today)')
    .option('--no-waived', 'leave out the findings an exemption of the policy waives (by default they are written, marked with the exemption, its reason and last day, and counted apart)')
    .option('-j, --jobs <n|auto>', 'worker threads for a CSV or JSON Lines inventory file read alone (several are read by one thread); the output is the same. auto: one per core (at most 4) for files of 64 MiB and more, else none', 'auto')
    .addHelpText('after', `
A policy is a YAML file; one that bans the FCC Covered List's makers everywhere and wants Huawei and
ZTE out by the end of 2028, save for one device until mid-2027:
  version: 1
  lists: { huawei-zte: [huawei, zte] }
  rules:
    - { id: covered, lists: [fcc-covered], effect: prohibit }
    - { id: out-by-2028, lists: [huawei-zte], effect: { remove-by: 2028-12-31 } }
  exemptions:
    - { device: rt-na-01, until: 2027-06-30, reason: replacement ordered }
Built-in lists: fcc-covered, ndaa-889 (trustpath lookup Huawei says which lists name a maker); effects: prohibit,
{ remove-by: <date> }, flag. Scopes (roles, networks, sites, a zone around places), purposes and
more: docs/policy.md; trustpath demo writes a fuller policy.
Findings are written as they are found, in inventory order (then by rule), followed by a summary.
A finding with a deadline says how many days are left to it or have passed since (as of --now); the
summary counts those past their deadline and those due within 90 days.
A finding that an active exemption waives is written too, marked with its waiver (the exemption's
file and line, reason and last day: "waiver" in JSON, the waived_until column in CSV, a SARIF
suppression, "waived" in the table, a section of its own in HTML), and is not counted: the summary
says how many were waived. --no-waived leaves them out (say, for GitHub code scanning, which may
open alerts for suppressed results).
The fields of the JSON, JSON Lines, CSV and SARIF outputs are described in docs/output.md; a SARIF log of
more than 25,000 results, which GitHub code scanning refuses, is written with a warning.
Several inventories (files, and every file below a directory) are read one after another as one; see
trustpath identify --help.
Exit status: 0 no findings (waived ones aside), 1 findings, 2 usage or input error (malformed rows or policy).

Examples:
  $ trustpath check devices.csv --policy policy.yaml
  $ trustpath check devices.jsonl -p policy.yaml --format sarif -o findings.sarif
  $ trustpath check devices.csv -p policy.yaml --sites bases.csv    # geofences (scope near:) around these sites
  $ trustpath check devices.csv -p policy.yaml --now 2027-07-01     # deadlines and exemptions as of that day
  $ trustpath check devices.csv -p policy.yaml --no-waived -o code-scanning.sarif   # waived devices left out
  $ lldpcli -f json show neighbors details | trustpath check - -p policy.yaml
  $ trustpath check site-a.csv site-b.xlsx walks/ -p policy.yaml -o findings.sarif
  $ trustpath check --merge netbox.csv walks/ scan.xml -p policy.yaml   # a device several files name is checked once
`)
    .action(run(() => import('./commands/check.js')))

  program.command('exposure')
    .description('Which sensitive flows cross untrusted equipment on their routed paths, and whether a clean path exists')
    .addOption(required('-t, --topology <file...>', 'topology of one operator network (GraphML, GML, Graphviz DOT, GEXF, Cytoscape XGMML, JSON incl. NetworkX/d3 node-link, Cytoscape .cyjs, CSV links, edge lists (SNAP, NetworkX, Rocketfuel), NetworkX adjacency lists, yEd TGF, Pajek .net, igraph LGL, SNDlib, REPETITA .graph, BRITE and Inet generator output, containerlab .clab.yml or topology-data.json, GNS3 .gns3, EVE-NG .unl, Kathará lab.conf, Cisco Modeling Labs 2 YAML, Batfish layer1_topology.json, LLDP or CDP neighbour tables, show isis database detail (Huawei: display isis lsdb verbose; Nokia: show router isis database detail), show ip ospf database router (Junos: show ospf database router extensive; Huawei: display ospf lsdb router; Nokia: show router ospf database detail; OSPFv3: show ospfv3 database router, show ipv6 ospf6 database router detail, show ospf3 database router extensive), NetBox or Nautobot cables), also gzip-compressed (net.graphml.gz); repeat for several; name the network with net=file'))
    .option('--interconnect <file...>', 'CSV of links between networks (a,b,metric,capacity,latency_ms with net:node ends)')
    .addOption(required('-i, --inventory <file...>', 'inventory whose devices sit on the nodes (by the node\'s devices list, or site = node site, id or label); several files or a directory are read as one'))
    .addOption(required('-p, --policy <file>', 'policy that decides which equipment is untrusted'))
    .option('--sites <file>', 'sites for geofences (CSV id,name,kind,lat,lon or JSON), merged into the policy\'s own')
    .option('--flows <file|all-pairs|sample:N[:seed]>', 'flows (CSV/JSON: [id,]src,dst,volume,class; src and dst a node id, label or site, or an inventory device id, name or address; volume in Mbit/s; or SNDlib or REPETITA demands; or flow records as measured: nfdump -o csv or -o json, GoFlow2 or ipfixcol2 JSON, Zeek conn.log, AWS VPC flow logs, summed per node pair into Mbit/s over the records\' time span); default: the demands of SNDlib topologies')
    .option('--prefixes <file>', PREFIXES_HELP)
    .option('--site-map <file>', SITE_MAP_HELP)
    .addOption(new Option('-f, --format <format>', `output format (default: the -o file's extension (.json, .csv, .geojson, .html), else table on a terminal, json when piped); html: a self-contained page with a map per network`).choices(['table', 'json', 'csv', 'geojson', 'html']))
    .addOption(new Option('--unknown-as <status>', 'how paths treat nodes with no known devices').choices(['untrusted', 'trusted']).default('untrusted'))
    .option('--default-metric <median|max|number>', 'metric of a link that gives none and touches a node without coordinates: the median or the longest metric of its network\'s other links, or a number (1 counts hops)', 'median')
    .option('--transit-roles <roles>', 'device roles that forward traffic, comma-separated', TRANSIT_ROLES.join(','))
    .addOption(inputFormatOption())
    .addOption(sheetOption())
    .addOption(allDiagnosticsOption())
    .addOption(mergeOption())
    .option('-o, --output <file>', 'write the result to a file instead of standard output (- is standard output)')
    .option('-q, --quiet', 'no progress bar and no summary on standard error')
    .option('--now <date>', 'evaluate the policy as of this date, YYYY-MM-DD (default: today)')
    .addHelpText('after', `
A node is untrusted when a device on it, in a role that forwards traffic, has a prohibit or
remove-by finding under the policy; unknown when no such device is known or one is unidentified;
trusted otherwise. An untrusted node whose untrusted devices all rest on findings to confirm (a
maker on weak evidence, a date the policy needs) is routed around all the same, but marked "to
confirm", and the volume exposed only through such nodes is counted apart: confirm first. A
device whose findings an exemption of the policy waives still makes its node untrusted (the traffic
crosses it all the same), marked "waived", with the exemption's last day and reason.
Link metrics: the given metric, else the great-circle distance in km, else (an end without
coordinates) --default-metric: by default the median metric of the network's other links, so such
nodes are not shortcuts. Links are routed both ways, even in a directed graph (warned).
Routing: shortest paths with ECMP, the volume split evenly at every branch. A flow from a node to
itself crosses only that node: it is exposed only when that node holds untrusted equipment.
Exit status: 0 no sensitive volume exposed, 1 some exposed, 2 usage or input error.

Examples:
  $ trustpath exposure -t de=de.graphml -t it=it.graphml --interconnect ix.csv -i devices.csv -p policy.yaml --flows flows.csv
  $ trustpath exposure -t geant.txt -i devices.csv -p policy.yaml --format geojson -o exposure.geojson
  $ trustpath exposure -t Geant2012.graphml -i devices.csv -p policy.yaml --flows sample:200 -o exposure.html
  $ nfdump -r nfcapd.202611201200 -o csv > flows.csv
  $ trustpath exposure -t wan.graphml -i devices.csv -p policy.yaml --flows flows.csv --prefixes prefixes.csv
  $ trustpath exposure -t Garr201201.graphml -i librenms.json -p policy.yaml --flows sample:200 --site-map sites.csv   # site,node: "Roma, Via dei Tizii 6",RM
`)
    .action(run(() => import('./commands/exposure.js')))

  program.command('plan')
    .description('Plan which untrusted devices to replace in which phase, within budgets and by deadlines')
    .addOption(required('-i, --inventory <file...>', 'inventory files or directories in any format check reads (CSV, an Excel workbook, JSON, a scan, an SNMP walk...; see trustpath check --help), read as one, or - for standard input'))
    .addOption(required('-p, --policy <file>', 'policy whose findings make devices candidates and set deadlines'))
    .option('--sites <file>', 'sites for geofences (CSV id,name,kind,lat,lon or JSON), merged into the policy\'s own')
    .option('-t, --topology <file...>', 'operator topologies, to value the sensitive flows each replacement cleans (see exposure)')
    .option('--interconnect <file...>', 'CSV of links between networks (a,b,metric,capacity,latency_ms with net:node ends)')
    .option('--flows <file|all-pairs|sample:N[:seed]>', 'sensitive flows ([id,]src,dst,volume,class, volume in Mbit/s; or SNDlib or REPETITA demands; or nfdump CSV or JSON, GoFlow2 or ipfixcol2 JSON, Zeek conn.log or VPC flow log records)')
    .option('--prefixes <file>', PREFIXES_HELP)
    .option('--site-map <file>', SITE_MAP_HELP)
    .option('--phases <spec>', 'phases: 2026,2027,2028,2029 or 2026-2029 or 2026Q1..2027Q4 (default: this year and the next three)')
    .option('--budget <spec...>', 'budget: 5M (every phase, all operators), 2026=4M,2027=6M, op-de:3M (every phase, one operator), op-de:2026=3M; repeatable (default: none, spending is not limited)')
    .option('--carry-over', 'unspent money of a phase stays available later')
    .option('--costs <file>', 'cost overrides, CSV or an Excel workbook: role,model,equipment,labour,site_overhead (see docs/costs.md)')
    .option('--schedule <file>', 'CSV device,phase,not_before: replacements already scheduled, devices not to touch before a date')
    .addOption(new Option('--objective <objective>', 'max-clean: most sensitive traffic clean earliest; min-cost: cheapest plan cleaning all that can be').choices(['max-clean', 'min-cost']).default('max-clean'))
    .option('--allow-reroute', 'a flow may also become clean over its cheapest alternative path, at a penalty for its stretch')
    .option('--deadline-rules <ids>', 'only these rules (comma-separated) impose deadlines; other findings make devices candidates without one')
    .option('--class-weight <weights>', `weights of flow classes (default ${Object.entries({ secret: 10, confidential: 5, restricted: 3, internal: 1 }).map(([k, v]) => `${k}=${v}`).join(',')}, others 1)`)
    .option('--time-limit <seconds>', 'stop the solver and report the best plan with its proven gap', '60')
    .addOption(new Option('--solver <name>', 'highs (optimal MILP) or greedy (best value per cost first)').choices(['highs', 'greedy']).default('highs'))
    .option('--subsidy <amount>', 'a subsidy fund to split among the operators: equal proration and by impact, side by side')
    .option('--subsidy-cutoff <date>', 'the fund pays only for devices obtained on or before this date, YYYY-MM-DD (the FCC program: 2020-06-30); those dated after it are left out of the requests')
    .addOption(new Option('--unknown-as <status>', 'how paths treat nodes with no known devices').choices(['untrusted', 'trusted']).default('untrusted'))
    .option('--default-metric <median|max|number>', 'metric of a link that gives none and touches a node without coordinates: the median or the longest metric of its network\'s other links, or a number (1 counts hops)', 'median')
    .option('--transit-roles <roles>', 'device roles that forward traffic, comma-separated', TRANSIT_ROLES.join(','))
    .addOption(new Option('-f, --format <format>', 'output format (default: text, or json, csv or html when -o names a .json, .csv or .html file); csv: one line per replacement; html: a self-contained page with spend per phase, every replacement and the exposure maps').choices(['text', 'json', 'csv', 'html']))
    .addOption(inputFormatOption())
    .addOption(sheetOption())
    .addOption(allDiagnosticsOption())
    .addOption(mergeOption())
    .option('-o, --output <file>', 'write the plan to a file instead of standard output (- is standard output)')
    .option('-q, --quiet', 'no progress bar, and no summary on standard error of a plan written as json, html or to a file')
    .option('--now <date>', 'evaluate the policy as of this date, YYYY-MM-DD (default: today)')
    .addHelpText('after', `
Candidates are the devices with a prohibit or remove-by finding; a remove-by date is met by the last
phase that ends on or before it (a date after the last phase binds none), and prohibit means the
first phase, or, when it applies only from a later date (the policy's effective date, a list entry's
date), that date as a remove-by date. A candidate whose findings all ask to confirm them (a maker on
weak evidence, a missing date) is planned too, its replacement marked "confirm before ordering".
A candidate whose findings an exemption waives is planned too, due by the later of the exemption's
last day and its own deadline, its reasons saying "waived until <day> (<reason>)".
Costs come from the built-in cost table (sources in docs/costs.md) unless --costs
overrides them: amounts in US dollars, as a spreadsheet writes them ($250,000.00, 250.000,00).
Exit status: 0 a plan, 1 no plan meets the deadlines (the smallest budget increases are printed; with
--solver greedy, the deadlines the greedy plan misses),
2 usage or input error.

Examples:
  $ trustpath plan -i devices.csv -p policy.yaml --phases 2026-2029 --budget 20M
  $ trustpath plan -i devices.csv -p policy.yaml -t de.graphml --flows flows.csv --budget op-de:2026=5M --carry-over --subsidy 1.9B
  $ trustpath plan -i devices.csv -p policy.yaml -t de.graphml --flows flows.csv --budget 20M -o plan.html
`)
    .action(run(() => import('./commands/plan.js')))

  program.command('lookup')
    .argument('[query...]', 'a MAC address (also an IPv6 address formed from one), an OUI prefix, an SNMP sysObjectID, a model number, a CPE name or a banner / sysDescr text; - reads them from standard input, one a line')
    .description('Show what the catalog says about an identifier, and why')
    .addOption(new Option('-f, --format <format>', 'output format; jsonl: one JSON object a line').choices(['text', 'json', 'jsonl']).default('text'))
    .option('--from <file>', 'read the queries from a file, one a line (blank lines skipped): banners a scanner captured, a column of MACs')
    .addHelpText('after', `
Each argument is looked up on its own (quote a text with spaces); with --format json, several
give an array. With --from (or -), every non-blank line is a query, and JSON results carry the
line number; a summary goes to standard error. A response kept on one line with its line breaks
written as escapes (RTSP/1.0 200 OK\\r\\nServer: ..., as jq and scanners' CSV exports write them,
or masscan's \\x0d\\x0a) is read header by header. A text copied with what a tool wrote around
it is read inside it, and the answer says so: quotes, an snmpwalk line (name = STRING: "..."; an
OID: value is looked up as an OID), a row of nmap's port table (22/tcp open ssh OpenSSH 7.4
(protocol 2.0): what -sV named) or a line of its scripts' output (|_http-server-header: ...). A banner of a server that many makers' devices
run (OpenSSH, Dropbear, GoAhead-Webs, Boa, lighttpd) is said to name no maker, rather than to match
nothing. When the group is on a built-in list (fcc-covered, ndaa-889), the entry is named, with its
date, its limits (the purposes of Hikvision's, Dahua's and Hytera's; services only for the section
214 carriers) and its source (lists in JSON). Exit status: 0 when every query names a block, an
enterprise or a manufacturer, 1 when one names nothing (a locally administered MAC, an unknown
text), 2 when one is empty or the file cannot be read.

Examples:
  $ trustpath lookup 00:E0:FC:00:00:01
  $ trustpath lookup 00E0FC                      # a block prefix: 6, 7 or 9 hex digits, or 00:e0:fc
  $ trustpath lookup 1.3.6.1.4.1.3902.3.1
  $ trustpath lookup "SSH-2.0-HUAWEI-1.5"
  $ trustpath lookup 'SNMPv2-MIB::sysDescr.0 = STRING: "RouterOS RB750Gr3"'   # a line copied from snmpwalk, nmap's port table or in quotes: the text inside
  $ trustpath lookup DS-2CD2143G2-I
  $ trustpath lookup cpe:/h:huawei:ar3200         # a CPE a scanner gave: whether it names the device's maker (hardware, an OS of one maker) or nobody (an application, Linux)
  $ trustpath lookup Honor                       # a maker: its group, and the groups it belonged to, with dates and sources
  $ trustpath lookup "Drei 3Pocket"              # a brand and a model: whether one of its OEM relations holds the model
  $ trustpath lookup fe80::2e0:fcff:fe12:3456       # the MAC a SLAAC address (ff:fe) was formed from
  $ trustpath lookup --from banners.txt -f jsonl > verdicts.jsonl
  $ cut -d, -f3 macs.csv | trustpath lookup -
`)
    .action(run(() => import('./commands/lookup.js')))

  const catalog = program.command('catalog').description('Inspect and refresh the manufacturer catalog')
    .addHelpText('after', `
Examples:
  $ trustpath catalog stats                          # blocks per group, data dates
  $ trustpath catalog manufacturers --format json    # makers, groups, OEM relations and their sources
  $ trustpath catalog update --oui oui.csv --mam mam.csv --oui36 oui36.csv --cid cid.csv
  $ trustpath catalog update --enterprise enterprise-numbers.txt
  $ trustpath catalog update --reset                 # back to the shipped data
`)
  catalog.command('stats')
    .description('Blocks and enterprise numbers per manufacturer group, and the dates of the data')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Examples:
  $ trustpath catalog stats
  $ trustpath catalog stats --format json
`)
    .action(run(() => import('./commands/catalog-stats.js')))
  catalog.command('manufacturers')
    .description('List the catalog manufacturers with their groups and sources')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
The slugs in the first column are the names policy lists use (lists: { extra: [fiberhome, uniview] }).

Examples:
  $ trustpath catalog manufacturers
  $ trustpath catalog manufacturers --format json
`)
    .action(run(() => import('./commands/catalog-manufacturers.js')))
  catalog.command('update')
    .description('Refresh the registries from the official files you downloaded')
    .option('--oui <file>', 'IEEE MA-L registry (oui.csv or oui.txt)')
    .option('--mam <file>', 'IEEE MA-M registry (mam.csv or mam.txt)')
    .option('--oui36 <file>', 'IEEE MA-S registry (oui36.csv or oui36.txt)')
    .option('--iab <file>', 'IEEE IAB registry (iab.csv or iab.txt)')
    .option('--cid <file>', 'IEEE CID registry (cid.csv or cid.txt): marks company IDs as not a manufacturer')
    .option('--enterprise <file>', "IANA private enterprise numbers (enterprise-numbers.txt, or Wireshark's copy enterprises.tsv)")
    .option('--reset', 'forget refreshed registries and go back to the shipped data')
    .option('--force', 'take a registry file even if it was cut short or holds far fewer entries than the catalog has now')
    .option('--replace', 'take the IEEE files exactly as they are: drop the blocks of their registries that they lack (kept by default)')
    .addHelpText('after', `
The IEEE files are at https://standards-oui.ieee.org/ (oui/oui.csv, oui28/mam.csv, oui36/oui36.csv,
iab/iab.csv, cid/cid.csv) and IANA's at https://www.iana.org/assignments/enterprise-numbers.txt.
Each IEEE registry is taken as CSV or in the IEEE's text layout (oui/oui.txt, oui28/mam.txt, ...),
told from the content; both give the same blocks. Wireshark's manuf, nmap-mac-prefixes,
arp-scan's ieee-oui.txt and mac-vendor.txt, systemd's 20-OUI.hwdb, vendor lists in JSON or CSV and
other lists of prefixes and names are not registry files: they merge the registries, and each is
named as what it is when given. The files of the ieee-data package (/usr/share/ieee-data,
/var/lib/ieee-data) are the IEEE's and are read as such.
Pass the files as downloaded: a registry a spreadsheet saved again (fields parted by semicolons or
tabs, or assignments turned into numbers: 1882 for 001882) is refused, with what to do; one still
gzip-compressed (oui.csv.gz, or saved by curl without --compressed) or that Windows PowerShell
saved in UTF-16 is read. One file may be piped in
as - (dated the day it is read, as it states no date). Files not given keep their current data.
The refreshed catalog is written atomically.
A file that ends in the middle of a line (or IANA's without "End of Document") was cut short, and
the registries only grow: a file with less than 90% of the entries the catalog holds now (an older
copy, a download cut short) is refused too, and so is an enterprise-numbers file that lacks more
than a tenth of the numbers the catalog read in IANA's registry, unless --force is given.
Under each registry's line the update says what the file changed: blocks added and removed per
manufacturer group (the groups on a built-in list first), and blocks now registered to a holder of
another group (enterprise numbers likewise, against the enterprise-numbers file taken before, naming
the changed numbers that keep the catalog's own entry, which lookups read first).
The blocks of a registry that its file lacks are kept, each naming the data it comes from (the
shipped data, or the file taken before, with its date) in lookups and catalog stats: the IEEE
registries only grow, so such a file is an older copy, or the blocks were withdrawn, and a MAC of a
withdrawn block still names the maker that held it. --replace takes the files as they are, and
the blocks they lack then name no one.

Examples:
  $ trustpath catalog update --oui oui.csv --mam mam.csv --oui36 oui36.csv --cid cid.csv
  $ trustpath catalog update --oui oui.txt --mam mam.txt --oui36 oui36.txt --iab iab.txt
  $ curl -fsSL https://standards-oui.ieee.org/oui/oui.csv | trustpath catalog update --oui -
`)
    .action(run(() => import('./commands/catalog-update.js')))

  program.command('demo')
    .description('Run the built-in scenario (operators in Germany, Italy and Japan near US sites) and write a report')
    .option('-o, --out <dir>', 'directory for the report, inventory and policy', 'trustpath-demo')
    .option('-q, --quiet', 'print only the paths of the files written')
    .addHelpText('after', `
Writes report.html, report.json, findings.sarif, plan.json and exposure.geojson, and every input it
used (inventory, policy, sites, topologies, interconnect, flows), then prints the commands that
reproduce it from those files.

Examples:
  $ trustpath demo
  $ trustpath demo -o demo-report --quiet
`)
    .action(run(() => import('./commands/demo.js')))

  return program
}

/**
 * The arguments with a request for help made plain to Commander: `help <command...>` becomes
 * `<command...> --help` (Commander's help command showed the help of the first name only: that of
 * catalog for help catalog update), and a name that is no command, asked about (help chek) or
 * given before --help (chek --help), is run alone, so that it is told as unknown with the command
 * meant: Commander showed the general help without a word about it.
 */
function resolveHelp(program: Command, argv: readonly string[]): string[] {
  const asked = argv[0] === 'help'
  const rest = asked ? argv.slice(1) : argv
  if (!asked && !rest.some((a) => a === '--help' || a === '-h')) return [...argv]
  const path: string[] = []
  let command = program
  for (const name of rest) {
    if (name.startsWith('-') || (command !== program && command.commands.length === 0)) break
    const sub = command.commands.find((c) => c.name() === name)
    if (sub === undefined) return [...path, name]
    path.push(name)
    command = sub
  }
  return asked ? [...path, '--help'] : [...argv]
}

/** Runs the CLI and returns the exit status. Every error ends here, explained once. */
/**
 * Refuses an option of one value given twice (`--flows a.csv --flows b.csv`, `-p a.yaml -p
 * b.yaml`): commander keeps the last, and the first would be left out without a word. Options of
 * several values (`-t`, `-i`, `--budget`) are given as often as needed.
 */
function assertNoRepeatedOption(command: Command, argv: readonly string[]): void {
  const end = argv.indexOf('--')
  const tokens = end === -1 ? argv : argv.slice(0, end)
  for (const o of command.options) {
    if (o.variadic || !(o.required || o.optional)) continue
    const given: string[] = []
    tokens.forEach((t, i) => {
      if (t === o.long || (o.short !== undefined && t === o.short)) given.push(tokens[i + 1] === undefined ? t : `${t} ${tokens[i + 1]}`)
      else if (o.long !== undefined && t.startsWith(`${o.long}=`)) given.push(t)
    })
    if (given.length > 1) {
      command.error(`error: option '${o.flags}' is given ${given.length} times (${given.join(', ')}), and only one would be read: give it once`, { code: 'commander.repeatedOption' })
    }
  }
}

export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  let status: number = EXIT.ok
  const program = buildProgram(ctx, (s) => { status = s }, argv)
  try {
    await program.parseAsync(resolveHelp(program, argv), { from: 'user' })
    return status
  } catch (err) {
    return explain(err, ctx, argv.includes('--debug'))
  }
}

function explain(err: unknown, ctx: CliContext, debug: boolean): number {
  if (err instanceof CommanderError) {
    // Commander has already printed help or the usage message.
    return err.exitCode === 0 ? EXIT.ok : EXIT.input
  }
  if (err instanceof ExitError) return err.exitCode
  if (err instanceof TrustpathError) {
    // Files are opened by absolute path; show them as the user wrote them, relative to where they are.
    const at = err.at && { ...err.at, file: shownPath(ctx, err.at.file) }
    const where = at ? `${formatLocation(at)}: ` : ''
    // A message may quote a value read from a file (or a name on the command line): its escape
    // sequences are shown, not sent to the terminal.
    println(ctx.stderr, showControlsInLines(`trustpath: ${where}${err.message}`))
    if (err.hint) println(ctx.stderr, showControlsInLines(`  hint: ${err.hint}`))
    return EXIT_STATUS[err.code]
  }
  const e = err instanceof Error ? err : new Error(String(err))
  println(ctx.stderr, 'trustpath: internal error (this is a bug in trustpath, not in your input).')
  println(ctx.stderr, `  ${e.name}: ${e.message}`)
  println(ctx.stderr, `  trustpath ${VERSION}, Node ${process.version}, ${process.platform}-${process.arch}`)
  println(ctx.stderr, debug ? e.stack ?? '' : '  Run again with --debug for the stack trace, and include it in a bug report.')
  return EXIT.internal
}
