import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics/format.js'
import { parseInventory } from './parse.js'

/**
 * `ansible 172.16.10.12, -c network_cli -u admin -k -m ios_facts -e ansible_network_os=ios` as a
 * tutorial printed it (sydasif's Ansible networking lab notes), then a host it could not reach, in
 * the shape the minimal callback prints every host in.
 */
const OUTPUT = `172.16.10.12 | SUCCESS => {
    "ansible_facts": {
        "ansible_net_api": "cliconf",
        "ansible_net_gather_network_resources": [],
        "ansible_net_gather_subset": [
            "default"
        ],
        "ansible_net_hostname": "core-sw",
        "ansible_net_image": "tftp://255.255.255.255/unknown",
        "ansible_net_iostype": "IOS",
        "ansible_net_model": "3725",
        "ansible_net_operatingmode": "autonomous",
        "ansible_net_python_version": "3.10.12",
        "ansible_net_serialnum": "FTX0945W0MY",
        "ansible_net_system": "ios",
        "ansible_net_version": "12.4(15)T14",
        "ansible_network_resources": {}
    },
    "changed": false
}
172.16.10.14 | UNREACHABLE! => {
    "changed": false,
    "msg": "ssh connect failed: Timeout connecting to 172.16.10.14",
    "unreachable": true
}
`

describe("the ansible command's output", () => {
  it('reads each host\'s facts, and says which host gathered none', () => {
    for (const file of ['facts.txt', 'facts.json', '<stdin>']) {
      const { devices, diagnostics } = parseInventory(OUTPUT, { file })
      expect(devices).toEqual([{ id: 'core-sw', name: 'core-sw', model: '3725', serial: 'FTX0945W0MY', firmware: { version: '12.4(15)T14' } }])
      expect(diagnostics.map(formatDiagnostic)).toEqual([
        `${file}:21: warning: host "172.16.10.14" gathered no facts (UNREACHABLE: "ssh connect failed: Timeout connecting to 172.16.10.14"): it is skipped. Run the facts module again for it once it can be reached.`,
      ])
    }
  })

  it('still reads a CSV whose first column holds a | as CSV', () => {
    const { devices } = parseInventory('name,model\nsw1 | core,S5720\n', { file: 'x.txt' })
    expect(devices.map((d) => d.id)).toEqual(['sw1 | core'])
  })
})
