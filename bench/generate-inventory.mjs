// Writes a synthetic inventory CSV of N devices for benchmarks: a mix of makers with MACs from real
// IEEE blocks, sysObjectIDs under real enterprise numbers, sysDescr strings and banners.
// Usage: node bench/generate-inventory.mjs <devices> <out.csv>
import { createWriteStream } from 'node:fs'
import { buildPrng } from '../dist/util/prng.js'

const PROFILES = [
  { oui: '00E0FC', manufacturer: 'Huawei', model: 'NE40E-X8', role: 'core', oid: '1.3.6.1.4.1.2011.2.62.2.5',
    descr: 'Huawei Versatile Routing Platform Software VRP (R) software, Version 8.180 (NE40E V800R011C00SPC200) Copyright (C) 2012-2018 Huawei Technologies Co., Ltd. HUAWEI NE40E-X8', ssh: 'SSH-2.0-HUAWEI-1.5' },
  { oui: 'E80AB9', manufacturer: 'Cisco', model: 'ASR-9006', role: 'core', oid: '1.3.6.1.4.1.9.1.1017',
    descr: 'Cisco IOS XR Software (Cisco ASR9K Series), Version 7.5.2[Default] Copyright (c) 2022 by Cisco Systems, Inc.', ssh: 'SSH-2.0-Cisco-2.0' },
  { oui: '288A1C', manufacturer: 'Juniper', model: 'MX480', role: 'aggregation', oid: '1.3.6.1.4.1.2636.1.1.1.2.25',
    descr: 'Juniper Networks, Inc. mx480 internet router, kernel JUNOS 21.4R3-S2.3, Build date: 2022-11-02 00:21:22 UTC Copyright (c) 1996-2022 Juniper Networks, Inc.', ssh: 'SSH-2.0-OpenSSH_7.5' },
  { oui: '4C09B4', manufacturer: '', model: 'ZXHN F670L', role: 'cpe', oid: '1.3.6.1.4.1.3902.1082',
    descr: '', ssh: '' },
  { oui: '74C929', manufacturer: 'Lorex', model: 'LNB8005', role: 'camera', oid: '',
    descr: '', ssh: '', http: 'DahuaHttp' },
  { oui: 'BCAD28', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I', role: 'camera', oid: '',
    descr: '', ssh: '', http: 'App-webs/' },
  { oui: '000E0C', manufacturer: 'Intel', model: 'server', role: 'server', oid: '', descr: '', ssh: 'SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.4' },
  { oui: 'D4CA6D', manufacturer: 'MikroTik', model: 'CCR1036-8G-2S+', role: 'access', oid: '1.3.6.1.4.1.14988.1',
    descr: 'RouterOS CCR1036-8G-2S+', ssh: 'SSH-2.0-ROSSSH' },
]

const n = Number(process.argv[2] ?? 1_000_000)
const out = createWriteStream(process.argv[3] ?? 'bench-inventory.csv')
const rand = buildPrng(42).next
const hex = (x, w) => x.toString(16).padStart(w, '0')
const q = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)

out.write('id,name,site,role,network,manufacturer,model,macs,sys_object_id,sys_descr,banner_ssh,banner_http_server\n')
let buf = ''
for (let i = 0; i < n; i++) {
  const p = PROFILES[Math.floor(rand() * PROFILES.length)]
  const low = Math.floor(rand() * 0xffffff)
  const mac = `${p.oui}${hex(low, 6)}`.replace(/(..)(?!$)/g, '$1:').toLowerCase()
  buf += [`d${i}`, `dev-${i}`, `site-${i % 997}`, p.role, `op-${i % 3}`, p.manufacturer, p.model, mac, p.oid, q(p.descr), p.ssh, p.http ?? '']
    .join(',') + '\n'
  if (buf.length > 1 << 20) {
    if (!out.write(buf)) await new Promise((r) => out.once('drain', r))
    buf = ''
  }
}
out.end(buf)
await new Promise((r) => out.once('finish', r))
