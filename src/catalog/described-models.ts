/**
 * The elements in which a device's own description of itself gives its model: the ProductClass of
 * a TR-069 Inform's DeviceIdStruct (`<ProductClass>HG8245H</ProductClass>`), the modelName and
 * modelNumber of a UPnP device description (description.xml), and the Model of an ONVIF
 * GetDeviceInformation answer (`<tt:Model>`), with or without a namespace prefix. The closing tag must match the opening one.
 */
const MODEL_ELEMENT = /<((?:[\w-]+:)?(?:ProductClass|modelName|modelNumber|Model))>\s*([^<>\n]{2,64}?)\s*<\/\1>/gi

/**
 * The model values a captured device description gives (`MODEL_ELEMENT`), each once, in order;
 * empty when the text holds none.
 *
 * @example describedModels('<ProductClass>HG8245H</ProductClass>') // ['HG8245H']
 */
export function describedModels(text: string): string[] {
  return elementValues(text, MODEL_ELEMENT)
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

/** The element in which the same descriptions give the device's maker (TR-069's Manufacturer, UPnP's manufacturer, ONVIF's `<tt:Manufacturer>`). */
const MANUFACTURER_ELEMENT = /<((?:[\w-]+:)?Manufacturer)>\s*([^<>\n]{2,64}?)\s*<\/\1>/gi

/**
 * The maker names a captured device description gives (`MANUFACTURER_ELEMENT`), each once, in
 * order; empty when the text holds none.
 *
 * @example describedManufacturers('<Manufacturer>Huawei Technologies Co., Ltd</Manufacturer>') // ['Huawei Technologies Co., Ltd']
 */
export function describedManufacturers(text: string): string[] {
  return elementValues(text, MANUFACTURER_ELEMENT)
}
