// Inventory parsing throughput: generates N devices as CSV and JSON Lines in a temp directory and
// streams each through readInventory (1 MiB chunks). Run after `npm run build`:
//   node bench/inventory-parse.mjs [rows=1000000]
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInventory } from '../dist/io/read-inventory.js'

const N = Number(process.argv[2] ?? 1_000_000)
const ROLES = ['core', 'ran', 'transport', 'aggregation', 'access', 'cpe', 'camera', 'radio', 'server', 'other']
const MAKERS = [['Huawei', 'NE40E-X8', '1.3.6.1.4.1.2011.2.62'], ['ZTE', 'ZXR10 M6000', '1.3.6.1.4.1.3902.3.100'], ['Cisco', 'ASR9006', '1.3.6.1.4.1.9.1.1017']]
const mac = (v) => v.toString(16).padStart(12, '0').match(/../g).join(':')

function device(i) {
  const [manufacturer, model, oid] = MAKERS[i % MAKERS.length]
  return {
    id: `d${String(i).padStart(7, '0')}`, name: `rt-${i}`, site: `site-${i % 500}`, role: ROLES[i % 10], network: 'op-de',
    manufacturer, model, macs: [mac(0x00e0fc000000 + 2 * i), mac(0x00e0fc000001 + 2 * i)],
    snmp: { sysObjectID: oid, sysDescr: i % 10 === 0 ? `${manufacturer} VRP, Version 8.180` : `${manufacturer} VRP` },
    banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }], firmware: { version: 'V800R011C00' },
  }
}
const cell = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)

async function write(path, header, line) {
  const out = createWriteStream(path)
  if (header) out.write(header)
  let buf = ''
  for (let i = 0; i < N; i++) {
    buf += line(device(i))
    if (buf.length > 1 << 20) { if (!out.write(buf)) await once(out, 'drain'); buf = '' }
  }
  out.end(buf)
  await once(out, 'finish')
}

const dir = await mkdtemp(join(tmpdir(), 'trustpath-bench-'))
try {
  await write(join(dir, 'devices.csv'), 'id,name,site,role,network,manufacturer,model,macs,sys_object_id,sys_descr,banner_ssh,firmware_version\n',
    (d) => [d.id, d.name, d.site, d.role, d.network, d.manufacturer, d.model, d.macs.join(';'), d.snmp.sysObjectID, cell(d.snmp.sysDescr), d.banners[0].text, d.firmware.version].join(',') + '\n')
  await write(join(dir, 'devices.jsonl'), '', (d) => JSON.stringify(d) + '\n')
  for (const file of ['devices.csv', 'devices.jsonl']) {
    const start = performance.now()
    let devices = 0
    for await (const batch of readInventory(join(dir, file))) devices += batch.devices.length
    const s = (performance.now() - start) / 1000
    console.log(`${file}: ${devices} devices in ${s.toFixed(2)} s = ${Math.round(devices / s)} devices/s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
