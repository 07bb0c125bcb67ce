import type { Diagnostic, SourceLocation, WithDiagnostics } from '../diagnostics/diagnostic.js'
import type { Flow } from '../domain/topology.js'
import type { Graph } from '../topology/graph.js'
import type { DeviceEndMatch, FlowEndDevices, NodeResolver } from './node-trust.js'
import type { ResolvedFlow } from './types.js'

/** Options of `resolveFlows`. */
export type ResolveFlowsOptions = {
  /** The file the flows came from, for the diagnostics. @default '<flows>' */
  file?: string
  /**
   * Flow id → the line of the file it was read from (`parseFlows` returns it); diagnostics then
   * point at that line instead of at the flow's position in the list.
   */
  lines?: ReadonlyMap<string, number> | undefined
  /**
   * How a flow end that is not a node id of the graph is looked up (a label, a site, an id within
   * its network: `buildNodeResolver`); without it, ends must be node ids.
   */
  names?: NodeResolver | undefined
  /**
   * The inventory devices flow ends may name (by id or name) and the nodes they sit on: an end
   * that names no node is looked up there last.
   */
  devices?: FlowEndDevices | undefined
  /** Nodes a name that matches none may have meant, for the message (`buildNodeSuggester`). */
  suggest?: ((ref: string) => { node: string; label?: string }[]) | undefined
  /** The position of `flows[0]` in the whole list, for the diagnostics' path (flows resolved a few at a time). @default 0 */
  start?: number
}

const DEFAULTS = { file: '<flows>', start: 0 } as const satisfies ResolveFlowsOptions

/**
 * Resolves flow ends (node ids, names `names` knows, else inventory devices `devices` knows) to
 * node indices of the graph. Flows naming
 * an unknown node, a name several nodes share (`ambiguous_node`, with their ids), or with a volume
 * that is not a finite number ≥ 0 are skipped with a diagnostic. A flow from a node to itself is
 * kept with a `self_flow` warning: it crosses only that node (see `computeExposure`).
 */
export function resolveFlows(graph: Graph, flows: readonly Flow[], options: ResolveFlowsOptions = {}): WithDiagnostics<ResolvedFlow[]> {
  const opts = { ...DEFAULTS, ...options }
  const value: ResolvedFlow[] = []
  const diagnostics: Diagnostic[] = []
  flows.forEach((flow, i) => {
    const line = opts.lines?.get(flow.id)
    const at = (key: string): SourceLocation => (line === undefined ? { file: opts.file, path: [opts.start + i, key] } : { file: opts.file, line })
    const end = (ref: string, key: 'src' | 'dst'): number | undefined => {
      const direct = graph.index.get(ref)
      if (direct !== undefined) return direct
      let m: DeviceEndMatch | undefined = opts.names?.(ref)
      let byDevice = false
      if ((m?.kind === 'none' || m === undefined) && opts.devices !== undefined) {
        m = opts.devices.resolve(ref)
        byDevice = true
      }
      if (m?.kind === 'node') {
        const v = graph.index.get(m.node)
        if (v !== undefined) return v
      }
      if (m?.kind === 'unplaced') {
        diagnostics.push({ code: 'unknown_node', severity: 'error', at: at(key), node: ref, end: key === 'src' ? 'flow source' : 'flow destination', nodes: graph.nodeCount, unplacedDevice: true })
      } else if (m?.kind === 'ambiguous') {
        diagnostics.push({ code: 'ambiguous_node', severity: 'error', at: at(key), node: ref, matches: m.matches, ...(byDevice ? { devices: true } : {}) })
      } else {
        const suggestions = opts.suggest?.(ref)
        diagnostics.push({
          code: 'unknown_node', severity: 'error', at: at(key), node: ref, end: key === 'src' ? 'flow source' : 'flow destination', nodes: graph.nodeCount,
          ...(suggestions !== undefined ? { suggestions } : {}), ...(opts.names !== undefined ? { names: true } : {}),
          ...(opts.devices !== undefined ? { devices: true } : {}),
        })
      }
      return undefined
    }
    const src = end(flow.src, 'src')
    const dst = end(flow.dst, 'dst')
    if (!(Number.isFinite(flow.volume) && flow.volume >= 0)) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at: at('volume'), field: 'volume', value: String(flow.volume), expected: 'a finite number ≥ 0' })
      return
    }
    if (src === undefined || dst === undefined) return
    if (src === dst) diagnostics.push({ code: 'self_flow', severity: 'warning', at: at('dst'), id: flow.id, node: graph.ids[src]! })
    value.push({ id: flow.id, src, dst, volume: flow.volume })
  })
  return { value, diagnostics }
}
