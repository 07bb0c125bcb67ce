/** Domain types: devices, manufacturers, evidence, attributions, findings, sites, topologies. */
export type {
  Device, DeviceRole, DeviceSource, Banner, BannerProtocol, Component, Manufacturer, ManufacturerSlug, Source, ParentRelation,
  OemRelation, RelationKind, Evidence, EvidenceMethod, OuiRegistry, Conflict, Attribution, TimedOwner, Site, Topology,
  TopologyNode, TopologyLink, Flow, FlowClass, Finding, FindingSeverity, ConfirmReason, Effect, Waiver, LifecycleClass,
} from './domain/index.js'
export type { CompanySplit, OemScope } from './domain/manufacturer.js'
export { DEVICE_ROLES, BANNER_PROTOCOLS, LIFECYCLE_CLASSES, lifecycleOf } from './domain/index.js'

/** Diagnostics (data problems, returned) and errors (failures, thrown). */
export type { Diagnostic, DiagnosticCode, DiagnosticSeverity, OspfDialect, SkippedRow, SourceLocation, WithDiagnostics } from './diagnostics/diagnostic.js'
export { hasErrors } from './diagnostics/diagnostic.js'
export { formatDiagnostic, formatLocation } from './diagnostics/format.js'
export { TrustpathError, InternalError } from './errors.js'
export type { TrustpathErrorCode } from './errors.js'

/** The catalog: manufacturers and groups, IEEE blocks, enterprise numbers, banner and model patterns. */
export type {
  Catalog, CatalogMeta, OuiEntry, OuiMatch, OuiTable, EnterpriseEntry, EnterpriseBranch, EnterpriseTable, BannerPattern, ModelPattern,
} from './catalog/types.js'
export type { OuiBlocks } from './catalog/oui-blocks.js'
export type { OuiIndex } from './catalog/oui-index.js'
export type { ProductOid, ProductOidTable } from './catalog/product-oids.js'
export type { EnterpriseNumber } from './catalog/enterprise-numbers.js'
export { buildCatalog } from './catalog/catalog.js'
export type { CatalogInput } from './catalog/catalog.js'
export { MANUFACTURERS, groupOf } from './catalog/manufacturers.js'
export { OEM_RELATIONS } from './catalog/oem.js'
export { ENTERPRISE_NUMBERS } from './catalog/enterprise-numbers.js'
export { BANNER_PATTERNS } from './catalog/banners.js'
export { MODEL_PATTERNS } from './catalog/model-patterns.js'
export { parseMac, formatMac, isLocallyAdministered, isMulticast } from './catalog/mac.js'
export type { FormatMacOptions } from './catalog/mac.js'
export { buildOuiTable, lookupMac } from './catalog/oui.js'
export { normalizeOrganization, buildNameResolver } from './catalog/org-name.js'
export type { NameAliases } from './catalog/org-name.js'
export { parseIeeeRegistry, parseIeeeRegistryCsv, parseIeeeRegistryText } from './catalog/ieee-registry.js'
export { parseIanaEnterpriseNumbers, buildEnterpriseTable } from './catalog/iana-enterprise.js'
export { buildCatalogStats } from './catalog/stats.js'
export type { CatalogStats, GroupStats } from './catalog/stats.js'
export { loadCatalog, loadDefaultCatalog } from './io/load-catalog.js'

/** Identification: evidence → attribution. */
export { identify, EVIDENCE_WEIGHTS } from './identify/identify.js'
export type { IdentifyOptions } from './identify/identify.js'
export { matchBanner, matchSysDescr } from './identify/banner.js'
export type { BannerInput, BannerMatch } from './identify/banner.js'
export { parseOid, enterpriseOf } from './identify/oid.js'
export { lookupIdentifier } from './identify/lookup.js'
export type { LookupCpe, LookupResult } from './identify/lookup.js'
export { parsePastedText } from './identify/pasted-text.js'
export { SHARED_ADAPTER_MACS, sharedAdapterOf } from './catalog/shared-adapter-macs.js'
export type { SharedAdapterMac } from './catalog/shared-adapter-macs.js'
export type { PastedText } from './identify/pasted-text.js'

/** Inventory input: CSV, JSON and JSON Lines parsed whole or streamed, and Excel workbooks from their bytes. */
export {
  parseInventory, parseInventoryStream, parseWorkbookInventory, detectInventoryFormat, parseInventoryCsv, parseInventoryJson, toDevice, INVENTORY_COLUMNS,
} from './inventory/index.js'
export type {
  InventoryBatch, InventoryFormat, InventoryResult, InventorySource, ParseInventoryOptions, InventoryColumn, ColumnTarget, DeviceInput,
} from './inventory/index.js'
export type { ScalarField } from './inventory/columns.js'
/** Several sources of one network: the records of one device merged into one device (`--merge`). */
export { mergeDevices, DeviceMerger } from './inventory/merge.js'
export type { MergeResult } from './inventory/merge.js'
export { readInventory } from './io/read-inventory.js'
export type { ReadInventoryOptions } from './io/read-inventory.js'
export { statInventory } from './io/inventory-file.js'
export type { InventoryStat } from './io/inventory-file.js'

/** Policies: parse, compile, check. */
export {
  parsePolicy, parseSites, compilePolicy, checkDevice, newCheckState, mergeCheckState, exemptionDiagnostics, evaluatePolicy, sortFindings, BUILTIN_LISTS, PURPOSES,
} from './policy/index.js'
export type {
  Policy, Rule, Scope, AcquiredPeriod, Exemption, VendorList, ListEntry, CategoryEntry, Purpose, CompiledPolicy,
  CheckState, CompileOptions, EvaluateContext, InventorySpelling, ParsePolicyResult, PolicyKnown, WrittenPolicy,
} from './policy/index.js'
export { checkInventory } from './check/check-inventory.js'
export type { CheckInventoryOptions, CheckResult, DeviceBatch } from './check/check-inventory.js'

/** Reports: SARIF, HTML, CSV, GeoJSON and text. */
export { toSarif } from './report/sarif.js'
export type { SarifContext, SarifLog, SarifRun, SarifResult, SarifRelatedLocation, SarifSuppression } from './report/sarif.js'
export { formatHtmlReport } from './report/html.js'
export type { HtmlReportInput, InputErrors } from './report/html.js'
export { formatExposureHtmlReport, formatPlanHtmlReport } from './report/html.js'
export type { ExposureHtmlInput, PlanHtmlInput } from './report/html.js'
export type { UnplacedDevicesSummary } from './report/placement.js'
export { toExposureGeojson, formatExposureCsv, EXPOSURE_CSV_COLUMNS } from './report/exposure.js'
export type { ExposureFeature, ExposureGeojson } from './report/exposure.js'
export { formatPlanText, formatInfeasibilityText } from './report/plan.js'
export { toAttributionRow, buildAttributionsWriter } from './report/attributions.js'
export type { AttributionRow, AttributionFormat, AttributionsWriter } from './report/attributions.js'
export { summarizeFindings } from './report/findings.js'
export type { CheckDeadlines, CheckSummary } from './report/findings.js'
export { buildFindingsWriter, FINDINGS_FORMATS } from './report/findings-writer.js'
export type { FindingsFormat, FindingsWriter, FindingsWriterContext } from './report/findings-writer.js'
export type { ByteOutput } from './util/byte-output.js'

/** Exposure: topologies, flows, routed paths, clean paths and cheapest fixes. */
export { buildGraph } from './topology/graph.js'
export type { Graph, LinkMetricInfo, MetricRule, BuildGraphOptions, BuildGraphResult } from './topology/graph.js'
export {
  parseTopology, parseGraphml, parseTopologyJson, parseLinkCsv, parseSndlib, parseFlows, parseInterconnect, mergeTopologies,
} from './topology/import/index.js'
export type {
  TopologySource, TopologyResult, FlowsResult, ParseTopologyOptions, ParseLinkCsvOptions, ParseFlowsOptions, SndlibResult, InterconnectResult,
  TopologyPart, TopologyFormat, ParsedTopology, ParseTopologyTextOptions,
} from './topology/import/index.js'
export { readTopology, readFlows, readInterconnect } from './io/read-topology.js'
export type { ReadTopologyOptions, ReadTopologyResult } from './io/read-topology.js'
export { shortestPaths, pathTo } from './topology/algorithms/shortest-paths.js'
export type { ShortestPathsOptions, ShortestPathTree } from './topology/algorithms/shortest-paths.js'
export { computeExposure, streamExposure, resolveFlows, TRUST_STATUS } from './exposure/index.js'
export type {
  FlowExposure, ExposureSummary, NodeTrust, CleanPath, CheapestFix, ResolvedFlow, NodeShare, NodeVolume, DeviceToConfirm, WaivedDeviceOnPath, ComputeExposureOptions, ExposureResult,
  StreamExposureOptions, ResolveFlowsOptions,
} from './exposure/index.js'
export { analyzeExposure, streamAnalysis } from './exposure/analyze.js'
export type { ExposureAnalysis, FlowExposureWithPath, AnalyzeExposureOptions, ExposureStream } from './exposure/analyze.js'
export { FlowEndDevices, NodeTrustBuilder, buildNodeLocator, toNodeTrust, TRANSIT_ROLES } from './exposure/node-trust.js'
export type { NodePlacement, WaivedDevice, NodeLocator, NodeResolver, NodeMatch, DeviceEndMatch } from './exposure/node-trust.js'
/** Flows measured by the network: nfdump CSV and Zeek conn.log records, placed on nodes by address and prefix. */
export { parsePrefixTable, validatePrefixNodes, resolveTableNodes, parseIpAddress, canonicalAddress, PrefixTable } from './exposure/address-prefixes.js'
export type { PrefixEntry } from './exposure/address-prefixes.js'
export { parseSiteMap, validateSiteMapNodes, SiteMap } from './exposure/site-map.js'
export type { SiteMapEntry } from './exposure/site-map.js'
export { toRecordFlows, recordAddresses } from './exposure/record-flows.js'
export type { ToRecordFlowsOptions } from './exposure/record-flows.js'
export { parseFlowRecords, flowRecordFormat, unreadFlowLog, FlowRecordReader } from './topology/import/flow-records.js'
export type { FlowRecords, FlowRecordFormat, AddressPairVolume, UnreadFlowLog } from './topology/import/flow-records.js'
export { readFlowRecords, readPrefixTable, flowLogOf } from './io/read-flow-records.js'

/** Planning: costs, phases, budgets, the MILP, greedy, subsidies. */
export type {
  Phase, Budgets, Candidate, PlanFlow, PlanInput, PlanObjective, Plan, PlanAction, ReroutedFlow, PhaseSpend, Infeasibility, CostBreakdown, SolverStatus,
} from './plan/types.js'
export { DEFAULT_COST_TABLE } from './plan/cost-table.js'
export type { CostTable, CostRow, CostSource } from './plan/cost-table.js'
export { parseCostOverrides, parseCostWorkbook, buildCostTable, costOf, costsOf, siteOverheadShare } from './plan/costs.js'
export type { CostsOfOptions, SiteOverheadMode, CostedDevice, DeviceCost } from './plan/costs.js'
export { parsePhases, parseBudgets, deadlinePhase } from './plan/phases.js'
export type { ParseBudgetsOptions } from './plan/phases.js'
export { parseSchedule } from './plan/schedule.js'
export type { ScheduleEntry } from './plan/schedule.js'
export { buildPlanInput, DEFAULT_CLASS_WEIGHTS } from './plan/plan-input.js'
export type { BuildPlanInputOptions, PlanDevice, PlanInputResult } from './plan/plan-input.js'
export { buildProgram } from './plan/build-program.js'
export type { ProgramIndex, DeviceSet, FlowGroup, BudgetRow } from './plan/build-program.js'
export type { MilpProgram, MilpVariable, MilpConstraint, MilpTerm } from './plan/program.js'
export type { MilpSolver, MilpSolution, MilpStatus, SolveOptions } from './plan/solver.js'
export { planGreedy } from './plan/greedy.js'
export type { GreedyResult } from './plan/greedy.js'
export { planReplacements } from './plan/plan.js'
export type { PlanOptions } from './plan/plan.js'
export { allocateSubsidy, compareSubsidyRules, ineligibleAfter } from './plan/subsidy.js'
export type { SubsidyAllocation, SubsidyComparison, SubsidyRequest, SubsidyCandidate, SubsidyRule, OperatorSubsidy } from './plan/subsidy.js'
export { createHighsSolver } from './io/solvers/highs.js'
export type { HighsSolverOptions } from './io/solvers/highs.js'

/** The built-in demo scenario. */
export { buildDemoScenario } from './demo/scenario.js'
export type { DemoScenario } from './demo/scenario.js'
export type { DemoNetwork, DemoSite, Pop } from './demo/places.js'

export { VERSION } from './version.js'
