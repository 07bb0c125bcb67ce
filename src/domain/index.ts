export type { Device, DeviceRole, DeviceSource, Banner, BannerProtocol, Component } from './device.js'
export { DEVICE_ROLES, BANNER_PROTOCOLS } from './device.js'
export type { LifecycleClass } from './lifecycle.js'
export { LIFECYCLE_CLASSES, lifecycleOf } from './lifecycle.js'
export type {
  Manufacturer, ManufacturerSlug, Source, ParentRelation, OemRelation, RelationKind,
} from './manufacturer.js'
export type { Evidence, EvidenceMethod, OuiRegistry, Conflict, Attribution, TimedOwner } from './evidence.js'
export type { Site } from './site.js'
export type { Topology, TopologyNode, TopologyLink, Flow, FlowClass } from './topology.js'
export type { ConfirmReason, Finding, FindingSeverity, Effect, Waiver } from './finding.js'
