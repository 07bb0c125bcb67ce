import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { runCli } from './run-cli.js'

const API = 'https://netbox.example.net/api'

/** An interface end of a cable as NetBox 4 writes it in `a_terminations`/`b_terminations`. */
function iface(deviceId: number, device: string, id: number, name: string) {
  return {
    object_type: 'dcim.interface', object_id: id,
    object: {
      id, url: `${API}/dcim/interfaces/${id}/`, display: name,
      device: { id: deviceId, url: `${API}/dcim/devices/${deviceId}/`, display: device, name: device, description: '' },
      name, description: '', cable: null, _occupied: true,
    },
  }
}

// A diamond of routers cabled in NetBox: edge-1 → (core-a | core-b) → edge-2; core-a is a Huawei router.
const DEVICES: [number, string][] = [[1, 'edge-1'], [2, 'core-a'], [3, 'core-b'], [4, 'edge-2']]
const CABLES = [[0, 1], [0, 2], [1, 3], [2, 3]].map(([a, b], i) => ({
  id: i + 1, url: `${API}/dcim/cables/${i + 1}/`, display: `#${i + 1}`, type: 'smf',
  a_terminations: [iface(DEVICES[a!]![0], DEVICES[a!]![1], 100 + 2 * i, `xe-0/0/${i}`)],
  b_terminations: [iface(DEVICES[b!]![0], DEVICES[b!]![1], 101 + 2 * i, `xe-0/0/${i}`)],
  status: { value: 'connected', label: 'Connected' }, tenant: null, label: '', color: '', length: 40, length_unit: { value: 'km', label: 'Kilometers' },
  description: '', comments: '', tags: [], custom_fields: {},
}))
// One power cable, which carries no traffic.
CABLES.push({
  ...CABLES[0]!, id: 9, url: `${API}/dcim/cables/9/`, display: '#9', type: 'power',
  a_terminations: [{ ...iface(2, 'core-a', 200, 'PSU0'), object_type: 'dcim.powerport' }],
  b_terminations: [{ ...iface(5, 'pdu-1', 201, 'Outlet 1'), object_type: 'dcim.poweroutlet' }],
})
const CABLE_ANSWER = JSON.stringify({ count: CABLES.length, next: null, previous: null, results: CABLES }, null, 2)

/** The same routers as NetBox's `/api/dcim/devices/` answer, given as the inventory. */
const DEVICE_ANSWER = JSON.stringify({
  count: 4, next: null, previous: null,
  results: DEVICES.map(([id, name]) => ({
    id, name, display: name,
    device_type: { id: 10 + id, model: name === 'core-a' ? 'NE40E-X8' : 'MX204', manufacturer: { id: 1, name: name === 'core-a' ? 'Huawei' : 'Juniper', slug: name === 'core-a' ? 'huawei' : 'juniper' } },
    role: { id: 1, name: 'Core', slug: 'core' },
    site: { id: 1, name: 'Frankfurt', slug: 'fra1' },
    status: { value: 'active', label: 'Active' },
  })),
}, null, 2)

const POLICY = 'version: 1\nrules:\n  - { id: ban, lists: [ndaa-889], effect: prohibit }\n'
const FLOWS = 'id,src,dst,volume,class\nf1,edge-1,edge-2,100,secret\n'

describe('trustpath exposure on NetBox cables', () => {
  it('routes a flow over the cabled devices and finds half of it crossing the Huawei router', async () => {
    const dir = await testdir({ 'cables.json': CABLE_ANSWER, 'devices.json': DEVICE_ANSWER, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['exposure', '-t', 'dc=cables.json', '-i', 'devices.json', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    const f = JSON.parse(run.stdout).flows[0]
    expect(f).toMatchObject({ id: 'f1', src: 'dc:edge-1', dst: 'dc:edge-2', exposedShare: 0.5 })
    expect(f.untrusted).toEqual([{ node: 'dc:core-a', share: 0.5 }])
    expect(f.clean).toMatchObject({ exists: true, path: ['dc:edge-1', 'dc:core-b', 'dc:edge-2'] })
    expect(run.stderr).toMatch(/cables\.json:\d+ \(results\[4\]\): warning: cables left out of the topology, as they carry no traffic between devices: 1 power cable\./)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('reports a cable whose port names no device with the file and line, without a stack trace', async () => {
    // The first cable's A end lost its device (as Nautobot 2 writes it below ?depth=2).
    const answer = JSON.parse(CABLE_ANSWER)
    delete answer.results[0].a_terminations[0].object.device
    const broken = JSON.stringify(answer, null, 2)
    const dir = await testdir({ 'cables.json': broken, 'devices.json': DEVICE_ANSWER, 'policy.yaml': POLICY, 'flows.csv': FLOWS })
    const run = await runCli(['exposure', '-t', 'cables.json', '-i', 'devices.json', '-p', 'policy.yaml', '--flows', 'flows.csv', '--format', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/cables\.json:6 \(results\[0\]\): .*a_terminations.*the port's "device" with its "name"/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})
