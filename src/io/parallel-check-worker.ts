/**
 * A worker of `checkCsvInParallel`: takes CSV text with the places of its records (found by the
 * main thread, which also marked repeated ids), and does the rest of the check: splitting records
 * into cells, validation, identification, the policy and the formatting of findings. Returns the
 * text and the counts per batch, in batch order.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Site } from '../domain/site.js'
import { identify } from '../identify/identify.js'
import { buildColumnMap } from '../inventory/columns.js'
import { cellsAt } from '../inventory/csv.js'
import { CsvDeviceBuilder } from '../inventory/csv-device.js'
import { checkDevice, compilePolicy, newCheckState } from '../policy/evaluate.js'
import type { Policy } from '../policy/policy.js'
import { addToSummary, newSummary } from '../report/findings.js'
import type { FindingsFormat } from '../report/findings-writer.js'
import { buildFindingsWriter } from '../report/findings-writer.js'
import { loadCatalog } from './load-catalog.js'

/** What the main thread gives each worker once. */
export type WorkerSetup = {
  file: string
  header: string[]
  /** The policy the main thread parsed and validated (structured-cloned). */
  policy: Policy
  policyFile: string
  dataDir: string | undefined
  now: string
  format: FindingsFormat
  inventoryFile: string
  toolVersion: string
  width: number
  /** Sites from `--sites`, merged into the policy's own. */
  sites: Site[]
}

/**
 * One batch of records, and its answer. Record `i` spans `text.slice(starts[i], ends[i])` from line
 * `lines[i]`; `quoted[i]` is 1 when it holds a quote; `repeated[i]` is 1 when its id was seen
 * before (it is validated, for its diagnostics, but not checked).
 */
export type WorkerBatch = { seq: number; text: string; delimiter: string; starts: number[]; ends: number[]; lines: number[]; quoted: number[]; repeated: number[] }
export type WorkerResult = { seq: number; text: string; diagnostics: Diagnostic[]; summary: ReturnType<typeof newSummary>; devices: number }

const setup = workerData as WorkerSetup
const catalog = await loadCatalog(setup.dataDir)
const policy = compilePolicy(setup.policy, new Map(setup.sites.map((s) => [s.id, s])))
const state = newCheckState(policy)
const columns = new CsvDeviceBuilder(buildColumnMap(setup.header, { file: setup.file, line: 1 }, []))
const now = new Date(setup.now)
const writer = buildFindingsWriter(setup.format, {
  sarif: { policyFile: setup.policyFile, inventoryFile: setup.inventoryFile, rules: policy.policy.rules, toolVersion: setup.toolVersion },
  manufacturers: catalog.manufacturers, width: setup.width, continued: true,
})

parentPort!.on('message', (msg: WorkerBatch | { done: true }) => {
  if ('done' in msg) {
    parentPort!.postMessage({ used: state.used })
    return
  }
  const diagnostics: Diagnostic[] = []
  const summary = newSummary()
  let text = ''
  let devices = 0
  for (let i = 0; i < msg.starts.length; i++) {
    const line = msg.lines[i]!
    const cells = cellsAt(msg.text, msg.starts[i]!, msg.ends[i]!, msg.quoted[i] === 1, msg.delimiter)
    const device = columns.build(cells, { file: setup.file, line }, diagnostics)
    if (device === undefined || msg.repeated[i] === 1) continue
    devices++
    const found = checkDevice(policy, device, identify(device, catalog), now, state)
    if (found.length === 0) continue
    addToSummary(summary, found)
    text += writer.device(found, line)
  }
  parentPort!.postMessage({ seq: msg.seq, text, diagnostics, summary, devices } satisfies WorkerResult)
})
parentPort!.postMessage({ ready: true })
