// Throughput of banner identification: a generated mix of one million banners (1-3 per device)
// matched against the whole catalog. Run after `npm run build`:
//   node bench/banner-match.mjs [path-to-built-banner.js]
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

const modulePath = process.argv[2] ?? new URL('../dist/identify/banner.js', import.meta.url).pathname
const { matchBanner } = await import(pathToFileURL(resolve(modulePath)).href)
const { BANNER_PATTERNS } = await import(pathToFileURL(resolve(modulePath, '../../catalog/banners.js')).href)

const PROTOCOL_OF = (text) =>
  text.startsWith('SSH-') ? 'ssh' : text.startsWith('220 ') ? 'ftp' : /realm=/i.test(text) ? 'http' : /Version|version|EdgeOS|RouterOS/.test(text) ? 'snmp' : 'http'

// Texts that match nothing: what most of a real inventory looks like.
const NOISE = [
  'SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6', 'SSH-2.0-OpenSSH_7.4', 'SSH-2.0-dropbear_2019.78',
  'Apache/2.4.41 (Ubuntu)', 'nginx/1.18.0', 'lighttpd/1.4.59', 'Microsoft-IIS/10.0', 'GoAhead-Webs', 'Boa/0.94.14rc21',
  'Linux web01 5.15.0-91-generic #101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023 x86_64',
  'Hardware: Intel64 Family 6 Model 85 Stepping 7 AT/AT COMPATIBLE - Software: Windows Version 6.3 (Build 17763 Multiprocessor Free)',
  'Basic realm="Web Management"', 'Digest realm="192.168.0.1", nonce="1155041914"', 'Net-SNMP version 5.9.1',
]
const MATCHING = BANNER_PATTERNS.flatMap((p) => p.examples)

let seed = 42
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = (xs) => xs[Math.floor(rand() * xs.length)]

const devices = []
let banners = 0
while (banners < 1_000_000) {
  const n = 1 + Math.floor(rand() * 3)
  const device = []
  for (let i = 0; i < n; i++) {
    // Vary the texts so no cache of identical strings helps: suffix a device number to the noise.
    const text = rand() < 0.5 ? pick(MATCHING) : `${pick(NOISE)} ${banners}`
    // Inventory parsers hand over flat strings (slices of the file); flatten the concatenations too.
    device.push({ protocol: PROTOCOL_OF(text), text: Array.from(text).join("") })
  }
  banners += n
  devices.push(device)
}

const run = () => {
  let matches = 0
  for (const device of devices) for (const b of device) matches += matchBanner(b).length
  return matches
}
run() // warm up
const t0 = process.hrtime.bigint()
const matches = run()
const seconds = Number(process.hrtime.bigint() - t0) / 1e9
console.log(JSON.stringify({
  patterns: BANNER_PATTERNS.length, devices: devices.length, banners, matches,
  seconds: +seconds.toFixed(3),
  devicesPerSecond: Math.round(devices.length / seconds), bannersPerSecond: Math.round(banners / seconds),
}))
