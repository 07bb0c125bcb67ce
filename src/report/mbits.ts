/**
 * A volume in Mbit/s as text: two decimals (`2.4`, `272.15`), and a volume too small for them
 * (a flow log's SNMP polls, a VPC interface's few kB a minute) with two significant digits
 * (`0.00004`), so that traffic that is there never reads as `0`.
 */
export function formatMbits(x: number): string {
  return x !== 0 && Math.abs(x) < 0.005
    ? x.toLocaleString('en-US', { maximumSignificantDigits: 2 })
    : x.toLocaleString('en-US', { maximumFractionDigits: 2 })
}
