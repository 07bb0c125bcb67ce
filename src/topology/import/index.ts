/** Topology and flow input: GraphML and GML (Topology Zoo), DOT, GEXF, JSON (own and node-link), CSV link lists, SNDlib, LLDP and CDP neighbour tables, NetBox cables, flows, interconnects. */
export { parseGraphml, readGraphmlDocument } from './graphml.js'
export type { GraphmlDocument, GraphmlKey, GraphmlElement, GraphmlNode, GraphmlEdge } from './graphml.js'
export { parseTopologyJson } from './topology-json.js'
export { parseLinkCsv, LINK_COLUMNS, NODE_COLUMNS } from './link-csv.js'
export type { ParseLinkCsvOptions } from './link-csv.js'
export { parseSndlib, readSndlibNetwork } from './sndlib.js'
export type { SndlibNetwork, SndlibNode, SndlibLink, SndlibDemand, SndlibResult } from './sndlib.js'
export { parseFlows, looksLikeFlows, FLOW_COLUMNS } from './flows.js'
export type { ParseFlowsOptions } from './flows.js'
export { parseInterconnect } from './interconnect.js'
export type { InterconnectResult } from './interconnect.js'
export { mergeTopologies } from './merge.js'
export type { TopologyPart } from './merge.js'
export { detectTopologyFormat } from './detect.js'
export type { TopologyFormat } from './detect.js'
export {
  TOPOLOGY_LIMITS, NETWORK_SEPARATOR, qualifyNodeId, networkFromFile, parseTopologySpec,
} from './source.js'
export type {
  TopologySource, TopologyResult, FlowsResult, TopologyLimits, ParseTopologyOptions,
} from './source.js'
export { parseSndlibXml, readSndlibXml } from './sndlib-xml.js'
export { parseGml, readGmlDocument } from './gml.js'
export { parseDot, readDotDocument } from './dot.js'
export { parseGexf, readGexfDocument } from './gexf.js'
export { parseNeighborTopology } from './neighbors.js'
export { parseNetboxCables } from './netbox-cables.js'
export type { NetboxCable, NetboxCableTermination, NetboxCableDevice, TerminationKind, CableSkipReason } from './netbox-cables.js'
