/**
 * The fields a DOCSIS device ends its sysDescr with, `<<HW_REV: 1.0; VENDOR: Huawei; BOOTR: ...;
 * SW_REV: ...; MODEL: EC6108V9>>`, the five fields DOCSIS cable modems write after their text
 * (CableLabs' OSSI specifications; PyPNM parses the same five; Sagemcom, Netgear, Ubee and ARRIS
 * modems and ARRIS CMTSs are seen writing them): the maker the firmware names and its model.
 * Undefined when the text holds no such block; `block` is the block as written.
 *
 * `referenceDesign`: the text is a chip maker's sample left as it was (Broadcom's cable modem
 * software ships `V2 cablemodem reference design <<HW_REV: V1.0; VENDOR: Broadcom; ...>>` and
 * `BFC cablemodem reference design <<...>>` as its defaults), so its VENDOR names the chip's maker,
 * not necessarily the device's.
 */
export type DocsisFields = { block: string; vendor?: string; model?: string; referenceDesign?: true }

export function docsisFields(sysDescr: string): DocsisFields | undefined {
  const start = sysDescr.indexOf('<<')
  if (start < 0) return undefined
  const end = sysDescr.indexOf('>>', start + 2)
  const body = sysDescr.slice(start + 2, end < 0 ? undefined : end)
  if (!/^\s*HW_REV\s*:/i.test(body)) return undefined
  const out: DocsisFields = { block: sysDescr.slice(start, end < 0 ? undefined : end + 2) }
  if (/\breference design\b/i.test(sysDescr.slice(0, start))) out.referenceDesign = true
  for (const field of body.split(';')) {
    const m = /^\s*(VENDOR|MODEL)\s*:\s*(.*?)\s*$/is.exec(field)
    if (m === null || m[2] === '') continue
    if (m[1]!.toUpperCase() === 'VENDOR') out.vendor ??= m[2]!.replace(/\s+/g, ' ')
    else out.model ??= m[2]!.replace(/\s+/g, ' ')
  }
  return out
}
