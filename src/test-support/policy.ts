// Builders shared by the policy and report tests (excluded from the build).
import type { Device } from '../domain/device.js'
import type { Attribution, Evidence } from '../domain/evidence.js'
import { parsePolicy } from '../policy/parse.js'
import type { Policy } from '../policy/policy.js'

/** Manufacturer slugs the test catalog knows. */
export const KNOWN = {
  manufacturers: new Set([
    'huawei', 'hisilicon', 'zte', 'hytera', 'hikvision', 'dahua', 'kaspersky', 'fiberhome', 'uniview', 'cisco', 'nokia', 'ericsson', 'axis',
    'h3c', '3com', 'hpe',
  ]),
}

/** Parses a policy that must have no errors. */
export function policyOf(yaml: string, file = 'policy.yaml'): Policy {
  const { policy, diagnostics } = parsePolicy(yaml, { file }, KNOWN)
  if (policy === undefined) throw new Error(`test policy invalid: ${JSON.stringify(diagnostics)}`)
  return policy
}

/** A device and an attribution to `group` (declared evidence), with device fields overridden. */
export function item(
  id: string,
  group: string | undefined,
  device: Partial<Device> = {},
  attribution: Partial<Attribution> = {},
): { device: Device; attribution: Attribution } {
  const evidence: Evidence[] = group === undefined ? [] : [{ method: 'declared', manufacturer: group, value: group.toUpperCase() }]
  return {
    device: { id, ...device },
    attribution: {
      deviceId: id,
      manufacturer: group,
      group,
      confidence: group === undefined ? 0 : 0.9,
      evidence,
      conflicts: [],
      componentGroups: [],
      unrecognised: [],
      ...attribution,
    },
  }
}
