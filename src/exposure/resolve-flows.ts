import type { Diagnostic, WithDiagnostics } from '../diagnostics/diagnostic.js'
import type { Flow } from '../domain/topology.js'
import type { Graph } from '../topology/graph.js'
import type { ResolvedFlow } from './types.js'

export type ResolveFlowsOptions = {
  /** The file the flows came from, for the diagnostics. @default '<flows>' */
  file?: string
}

const DEFAULTS = { file: '<flows>' } as const satisfies Required<ResolveFlowsOptions>

/**
 * Resolves flow ends (node ids) to node indices of the graph. Flows naming an unknown node or with
 * a volume that is not a finite number ≥ 0 are skipped with a diagnostic.
 */
export function resolveFlows(graph: Graph, flows: readonly Flow[], options: ResolveFlowsOptions = {}): WithDiagnostics<ResolvedFlow[]> {
  const opts = { ...DEFAULTS, ...options } satisfies Required<ResolveFlowsOptions>
  const value: ResolvedFlow[] = []
  const diagnostics: Diagnostic[] = []
  flows.forEach((flow, i) => {
    const src = graph.index.get(flow.src)
    const dst = graph.index.get(flow.dst)
    const at = (key: string) => ({ file: opts.file, path: [i, key] })
    if (src === undefined) diagnostics.push({ code: 'unknown_node', severity: 'error', at: at('src'), node: flow.src, end: 'flow source', nodes: graph.nodeCount })
    if (dst === undefined) diagnostics.push({ code: 'unknown_node', severity: 'error', at: at('dst'), node: flow.dst, end: 'flow destination', nodes: graph.nodeCount })
    if (!(Number.isFinite(flow.volume) && flow.volume >= 0)) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at: at('volume'), field: 'volume', value: String(flow.volume), expected: 'a finite number ≥ 0' })
      return
    }
    if (src !== undefined && dst !== undefined) value.push({ id: flow.id, src, dst, volume: flow.volume })
  })
  return { value, diagnostics }
}
