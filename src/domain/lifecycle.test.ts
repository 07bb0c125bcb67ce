import { describe, expect, it } from 'vitest'
import { lifecycleOf, lifecycleStatus } from './lifecycle.js'

describe('lifecycleOf', () => {
  it.each([
    // NetBox's and Nautobot's device statuses, as slugs and as their CSV export's labels
    ['active', 'in-service'], ['Offline', 'in-service'], ['Failed', 'in-service'], ['Decommissioning', 'in-service'],
    ['planned', 'not-deployed'], ['Staged', 'not-deployed'], ['Inventory', 'not-deployed'],
    // ServiceNow's install and operational statuses
    ['Installed', 'in-service'], ['In Maintenance', 'in-service'], ['Pending Repair', 'in-service'], ['Being Decommissioned', 'in-service'],
    ['On Order', 'not-deployed'], ['Pending Install', 'not-deployed'], ['In Stock', 'not-deployed'], ['Ready', 'not-deployed'],
    ['Retired', 'out-of-service'], ['Stolen', 'out-of-service'], ['Absent', 'out-of-service'],
    ['Operational', 'in-service'], ['Non-Operational', 'in-service'], ['Repair in Progress', 'in-service'], ['DR Standby', 'in-service'],
    // Snipe-IT: a deployed asset keeps "Ready to Deploy"
    ['Ready to Deploy', 'in-service'], ['Ready to Deploy (Deployed)', 'in-service'], ['Pending (Deployed)', 'in-service'], ['Pending', 'not-deployed'], ['Archived', 'out-of-service'], ['Lost/Stolen', 'out-of-service'],
    ['Out for Repair', 'in-service'], ['Broken', 'in-service'],
    // Snipe-IT's custom asset report: the label, then its type, or "deployed" for a checked-out asset
    ['Archived (archived)', 'out-of-service'], ['Lost/Stolen (archived)', 'out-of-service'], ['Recycled (archived)', 'out-of-service'],
    ['Pending (pending)', 'not-deployed'], ['Awaiting delivery (pending)', 'not-deployed'],
    ['Ready to Deploy (deployable)', 'in-service'], ['Out for Repair (undeployable)', 'in-service'], ['Retired (undeployable)', 'out-of-service'],
    ['Pending (deployed)', 'in-service'], ['Archived (deployed)', 'in-service'],
    // Lansweeper, ServiceDesk Plus, plain words
    ['Non-active', 'out-of-service'], ['In Store', 'not-deployed'], ['Disposed', 'out-of-service'], ['Expired', 'out-of-service'],
    ['decommissioned', 'out-of-service'], ['SOLD', 'out-of-service'], ['  lost  ', 'out-of-service'],
    // i-doit's CMDB statuses
    ['planned', 'not-deployed'], ['ordered', 'not-deployed'], ['delivered', 'not-deployed'], ['stored', 'not-deployed'],
    ['assembled', 'in-service'], ['tested', 'in-service'], ['in operation', 'in-service'], ['defect', 'in-service'], ['under repair', 'in-service'],
    ['delivered from repair', 'in-service'], ['scrapped', 'out-of-service'],
    // written as one word, as an API's enum names them
    ['InStock', 'not-deployed'], ['OnOrder', 'not-deployed'], ['LostStolen', 'out-of-service'], ['NonActive', 'out-of-service'],
    // the classes' own names, as a policy's scope writes them
    ['out-of-service', 'out-of-service'], ['Out of Service', 'out-of-service'], ['not_deployed', 'not-deployed'], ['In service', 'in-service'],
  ] as const)('reads %j as %s', (status, expected) => {
    expect(lifecycleOf(status)).toBe(expected)
  })

  it('reads a device without a status, and a status no tool is known to use, as in service, never as another class', () => {
    expect(lifecycleOf(undefined)).toBe('in-service')
    for (const s of ['Produktiv', 'Spare-ish', 'retired soon', 'End of Life', 'not retired', 'Old']) expect(lifecycleOf(s), s).toBe('in-service')
  })
})

describe('lifecycleStatus', () => {
  it('keeps a lifecycle status as written, trimmed by the reader', () => {
    expect(lifecycleStatus('Decommissioning')).toBe('Decommissioning')
    expect(lifecycleStatus('Lost/Stolen')).toBe('Lost/Stolen')
    expect(lifecycleStatus('Offline')).toBe('Offline')
  })

  it('keeps no status that is no lifecycle: a reachability (LibreNMS 1 or 0, up, down), a number, a placeholder', () => {
    for (const s of ['1', '0', '7', '100', 'up', 'DOWN', 'Online', 'alerting', 'Known', 'true', 'N/A', '-', '']) {
      expect(lifecycleStatus(s), s).toBeUndefined()
    }
  })
})
