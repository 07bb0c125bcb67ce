/** A node of a network topology: a point of presence, a router, a site. */
export type TopologyNode = {
  /** Unique across all loaded topologies (see `qualifyNodeId`). */
  id: string
  label?: string
  /** The operator network the node belongs to. */
  network?: string
  lat?: number
  lon?: number
  country?: string
  /** True for nodes outside the operator's own network: peers, customers (Topology Zoo `Internal` = 0). */
  external?: boolean
  /** The inventory site this node stands for; devices of that site are placed on the node. */
  site?: string
  /** Ids of inventory devices placed on this node. */
  devices?: string[]
  /**
   * The node's OS or image as a lab topology names it (containerlab's `kind`, a GNS3 node's image),
   * kept for reports: it is the source's word, not evidence of the manufacturer.
   */
  platform?: string
  /**
   * A point where a link branches rather than a site (the Topology Zoo's nodes marked `hyperedge`:
   * unlabelled, unplaced, joining three or more PoPs): no equipment is recorded there.
   */
  junction?: boolean
}

/** An undirected link between two nodes. */
export type TopologyLink = {
  a: string
  b: string
  /** IGP metric; when absent the great-circle distance in km is used, else the default metric (see `buildGraph`). */
  metric?: number
  /** Capacity in Mbit/s. */
  capacity?: number
  latencyMs?: number
  label?: string
  /** True for links between networks (from an interconnect file). */
  interconnect?: boolean
}

/** One or more operator networks as plain data. */
export type Topology = {
  nodes: TopologyNode[]
  links: TopologyLink[]
  /** The operator networks present, in load order. */
  networks: string[]
}

/** Sensitivity classes of flows, from most to least sensitive by convention; free text is allowed too. */
export type FlowClass = string

/** Traffic between two nodes (or sites) of a topology. */
export type Flow = {
  id: string
  /** Node id or site id. */
  src: string
  dst: string
  /** Volume in any unit (Mbit/s by convention). */
  volume: number
  class?: FlowClass
}
