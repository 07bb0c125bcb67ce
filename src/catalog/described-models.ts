/**
 * The elements in which a device's own description of itself gives its model: the ProductClass of
 * a TR-069 Inform's DeviceIdStruct (`<ProductClass>HG8245H</ProductClass>`), the modelName and
 * modelNumber of a UPnP device description (description.xml), and the Model of an ONVIF
 * GetDeviceInformation answer (`<tt:Model>`), with or without a namespace prefix. The closing tag must match the opening one.
 * An ONVIF camera's answer to a WS-Discovery probe gives its model as a scope instead (`ONVIF_SCOPE`).
 */
const MODEL_ELEMENT = /<((?:[\w-]+:)?(?:ProductClass|modelName|modelNumber|Model))>\s*([^<>\n]{2,64}?)\s*<\/\1>/gi

/**
 * The model values a captured device description gives (`MODEL_ELEMENT`), each once, in order;
 * empty when the text holds none.
 *
 * @example describedModels('<ProductClass>HG8245H</ProductClass>') // ['HG8245H']
 */
export function describedModels(text: string): string[] {
  return [...elementValues(text, MODEL_ELEMENT), ...scopeValues(text, 'hardware')].filter((v, i, all) => all.indexOf(v) === i)
}

/**
 * A scope of an ONVIF device's WS-Discovery ProbeMatch (`<d:Scopes>`, or the list a discovery tool
 * prints): `onvif://www.onvif.org/hardware/<model>` gives the model, `onvif://www.onvif.org/name/<name>`
 * the name the device goes by, which its firmware sets to the maker's name, often with the model
 * ("HIKVISION%20DS-2CD2042WD-I", "Dahua") until its owner renames it ("Corridor_B"). Values are
 * percent-encoded.
 */
const ONVIF_SCOPE = /\bonvif:\/\/www\.onvif\.org\/(hardware|name)\/([^\s<>"'\/]{1,96})/gi

/** The values of the ONVIF scopes of `kind` in `text` (`ONVIF_SCOPE`), decoded, each once, in order. */
function scopeValues(text: string, kind: 'hardware' | 'name'): string[] {
  if (!text.includes('onvif.org/')) return []
  const found: string[] = []
  for (const m of text.matchAll(ONVIF_SCOPE)) {
    if (m[1]!.toLowerCase() !== kind) continue
    let value: string
    try {
      value = decodeURIComponent(m[2]!).trim()
    } catch {
      value = m[2]!
    }
    if (value.length >= 2 && !found.includes(value)) found.push(value)
  }
  return found
}

/** The values of the elements `element` matches in `text`, each once, in order. */
function elementValues(text: string, element: RegExp): string[] {
  if (!text.includes('</')) return []
  const found: string[] = []
  for (const m of text.matchAll(element)) {
    const value = m[2]!
    if (!found.includes(value)) found.push(value)
  }
  return found
}

/**
 * The element in which the same descriptions give the device's maker (TR-069's Manufacturer, UPnP's
 * manufacturer, ONVIF's `<tt:Manufacturer>`); a WS-Discovery answer's name scope stands in for it,
 * read as a name in a banner is (an owner's own name for the camera names nobody).
 */
const MANUFACTURER_ELEMENT = /<((?:[\w-]+:)?Manufacturer)>\s*([^<>\n]{2,64}?)\s*<\/\1>/gi

/**
 * The maker names a captured device description gives (`MANUFACTURER_ELEMENT`), each once, in
 * order; empty when the text holds none.
 *
 * @example describedManufacturers('<Manufacturer>Huawei Technologies Co., Ltd</Manufacturer>') // ['Huawei Technologies Co., Ltd']
 */
export function describedManufacturers(text: string): string[] {
  return [...elementValues(text, MANUFACTURER_ELEMENT), ...scopeValues(text, 'name')].filter((v, i, all) => all.indexOf(v) === i)
}
