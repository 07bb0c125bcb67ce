/** Flows → exposure: routed ECMP paths, untrusted nodes on them, clean paths, cheapest fixes. */
export { computeExposure, streamExposure } from './exposure.js'
export type { ComputeExposureOptions, ExposureResult, StreamExposureOptions } from './exposure.js'
export { resolveFlows } from './resolve-flows.js'
export type { ResolveFlowsOptions } from './resolve-flows.js'
export { TRUST_STATUS } from './types.js'
export type { CheapestFix, CleanPath, DeviceToConfirm, ExposureSummary, FlowExposure, NodeShare, NodeTrust, NodeVolume, ResolvedFlow, TrustStatus, WaivedDeviceOnPath } from './types.js'
