/** A flow with its ends resolved to node indices of a `Graph` (see `resolveFlows`). */
export type ResolvedFlow = {
  id: string
  src: number
  dst: number
  volume: number
}

/** Trust of each node by index: 0 trusted, 1 untrusted, 2 unknown (no known devices). */
export const TRUST_STATUS = { trusted: 0, untrusted: 1, unknown: 2 } as const
export type TrustStatus = (typeof TRUST_STATUS)[keyof typeof TRUST_STATUS]

/** What the exposure computation knows about the nodes. */
export type NodeTrust = {
  /** One `TrustStatus` per node index. */
  status: Uint8Array
  /** How paths treat unknown nodes; they are reported apart from untrusted ones either way. */
  unknownAs: 'untrusted' | 'trusted'
  /** Replacement cost per node index (≥ 0; Infinity: cannot be replaced). Absent: 1 per node. */
  replacementCost?: Float64Array | undefined
  /**
   * 1 at the index of an untrusted node whose untrusted devices all rest on findings to confirm
   * (see `NodePlacement.toConfirm`). Such a node is untrusted for routing all the same; it is marked
   * so in the results, and the volume exposed only through such nodes is counted apart. Absent: none.
   */
  toConfirm?: Uint8Array | undefined
}

/**
 * A node on a flow's routed paths and the share of the flow's volume crossing it; `toConfirm` marks
 * an untrusted node whose untrusted devices all rest on findings to confirm.
 */
export type NodeShare = {
  node: string
  share: number
  toConfirm?: true
  /** An untrusted node untrusted only through devices whose findings an exemption waives (`NodePlacement.waived`): the traffic still crosses them. */
  waived?: true
}

/** The exposure of one flow. Node ids are the topology's. */
export type FlowExposure = {
  id: string
  src: string
  dst: string
  volume: number
  /** The IGP metric of the routed (shortest) paths; null when the ends are not connected. */
  routedMetric: number | null
  /**
   * The share of the volume crossing at least one node that paths treat as untrusted (untrusted
   * nodes, and unknown ones under `unknownAs: 'untrusted'`), ends included.
   */
  exposedShare: number
  /**
   * The part of `exposedShare` that crosses no node treated as untrusted but nodes to confirm
   * (untrusted only through devices whose findings ask to confirm them first): the share that
   * confirming those devices' makers or dates may clear. Present when above 0.
   */
  exposedShareToConfirm?: number
  /** Untrusted nodes on the routed paths, by share (descending), then id. */
  untrusted: NodeShare[]
  /** Unknown nodes (no known devices) on the routed paths, by share (descending), then id. */
  unknown: NodeShare[]
  /** The shortest path that avoids every node treated as untrusted. */
  clean: CleanPath
  /**
   * The cheapest set of nodes treated as untrusted whose replacement gives the flow a clean path
   * (empty with cost 0 when it has one), ties in cost broken by metric; null when no replacement
   * can connect the ends (they are not connected, or only through irreplaceable nodes).
   */
  cheapestFix: CheapestFix | null
  /**
   * Every node on the routed paths (all the equal-cost shortest paths), ends included, nearest the
   * source first, with the share of the volume crossing it: the routing that the exposed share and
   * the untrusted nodes' shares follow from. Given when asked for (`routedNodes: true`); empty
   * when the ends are not connected.
   */
  routed?: NodeShare[]
}

/** The shortest path of a flow over trusted nodes only, if there is one, and its stretch over the routed path. */
export type CleanPath =
  | { exists: true; metric: number; /** clean metric / routed metric; null when the routed metric is 0 and the clean one is not. */ stretch: number | null; path: string[] }
  | { exists: false; metric: null; stretch: null; path: [] }

/** The cheapest set of nodes whose replacement gives a flow a clean path. */
export type CheapestFix = {
  /** Node ids, in the order the fix's path crosses them, nearest the flow's source first. */
  nodes: string[]
  cost: number
  /** The metric of the path the fix cleans. */
  metric: number
}

/** A node ranked by the sensitive volume crossing it; `toConfirm` as in `NodeShare`. */
export type NodeVolume = { node: string; volume: number; flows: number; toConfirm?: true }

/**
 * A device to confirm (its findings ask to confirm its maker or date first) on a node it alone,
 * or with other such devices, makes untrusted, with the sensitive volume crossing that node.
 */
export type DeviceToConfirm = { device: string; node: string; volume: number; flows: number }

/**
 * An untrusted device whose findings an exemption waives, on a node flows cross, with the
 * exemption's last day and reason and the sensitive volume crossing that node.
 */
export type WaivedDeviceOnPath = { device: string; node: string; until: string; reason: string; volume: number; flows: number }

/** Totals over all flows. */
export type ExposureSummary = {
  flows: number
  totalVolume: number
  exposedVolume: number
  /** exposedVolume / totalVolume; 0 when there is no volume. */
  exposedShare: number
  /**
   * Of `exposedVolume`, the volume that crosses no node treated as untrusted but nodes to confirm
   * (see `FlowExposure.exposedShareToConfirm`); 0 when none.
   */
  exposedVolumeToConfirm: number
  /** Flows whose ends are not connected at all. */
  unroutedFlows: number
  /** Flows without a clean path (unrouted ones included). */
  flowsWithoutCleanPath: number
  /** Untrusted nodes on routed paths, by volume crossing them (descending), then id. */
  untrustedNodes: NodeVolume[]
  /** Unknown nodes on routed paths, likewise. */
  unknownNodes: NodeVolume[]
  /**
   * The devices of the nodes to confirm on routed paths, by the volume crossing their node
   * (descending), then device id: the ones to confirm first. Given by `analyzeExposure` and
   * `streamAnalysis`, which know the devices, when there are any; at most 20 per node, as
   * `NodePlacement.untrustedToConfirm`.
   */
  devicesToConfirm?: DeviceToConfirm[]
  /**
   * The untrusted devices on the nodes that routed paths cross whose findings an exemption waives
   * (`NodePlacement.untrustedWaived`), the ones on most sensitive volume first; present when there
   * are any. The exemption is a compliance decision: their nodes stay untrusted, and the traffic
   * counted above crosses them.
   */
  waivedDevices?: WaivedDeviceOnPath[]
}
