import type { Site } from '../domain/site.js'

/** An operator network of the demo (a fictional host-country operator). */
export type DemoNetwork = {
  id: string
  name: string
  /** ISO 3166-1 alpha-2. */
  country: string
}

/** How a point of presence reaches the United States, when it does. */
export type GatewayKind = 'cable-landing' | 'ixp'

/**
 * A point of presence of an operator network: a node of the topology later stages build, with a
 * stable id and the coordinates of the city it stands in.
 */
export type Pop = {
  id: string
  name: string
  city: string
  lat: number
  lon: number
  /** The operator network (`op-de`, `op-it`, `op-jp`). */
  network: string
  /** ISO 3166-1 alpha-2. */
  country: string
  /** Set on the PoPs where traffic leaves toward the US: an international cable landing or an IXP. */
  gateway?: GatewayKind
}

/** A site of the demo: a US facility or an operator's field site, and the PoP it hangs off. */
export type DemoSite = Site & {
  id: string
  name: string
  kind: DemoSiteKind
  lat: number
  lon: number
  country: string
  /** The operator network that serves the site. */
  network: string
  /** The id of the PoP the site's access circuit attaches to (the start of its flows). */
  attachedTo: string
}

export const DEMO_SITE_KINDS = ['military-base', 'embassy', 'cell-site', 'street-cabinet'] as const
export type DemoSiteKind = (typeof DEMO_SITE_KINDS)[number]

/** The three fictional operators. The names are made up; any likeness to a real operator is not intended. */
export const NETWORKS: readonly DemoNetwork[] = [
  { id: 'op-de', name: 'Rheinnetz', country: 'DE' },
  { id: 'op-it', name: 'Reti Tirrene', country: 'IT' },
  { id: 'op-jp', name: 'Kumo Tsushin', country: 'JP' },
]

// City coordinates are those of the city centre (decimal degrees, WGS 84). Gateways: DE-CIX in
// Frankfurt, MIX in Milan, the Sicily hub in Palermo, and the two Japanese landings of the FASTER
// trans-Pacific cable (Chikura, Chiba and Minami-Shima, Mie; KDDI, 2015).
export const POPS: readonly Pop[] = [
  { id: 'de-fra', name: 'Frankfurt PoP', city: 'Frankfurt am Main', lat: 50.1109, lon: 8.6821, network: 'op-de', country: 'DE', gateway: 'ixp' },
  { id: 'de-ber', name: 'Berlin PoP', city: 'Berlin', lat: 52.5200, lon: 13.4050, network: 'op-de', country: 'DE' },
  { id: 'de-ham', name: 'Hamburg PoP', city: 'Hamburg', lat: 53.5511, lon: 9.9937, network: 'op-de', country: 'DE' },
  { id: 'de-muc', name: 'Munich PoP', city: 'Munich', lat: 48.1351, lon: 11.5820, network: 'op-de', country: 'DE' },
  { id: 'de-cgn', name: 'Cologne PoP', city: 'Cologne', lat: 50.9375, lon: 6.9603, network: 'op-de', country: 'DE' },
  { id: 'de-str', name: 'Stuttgart PoP', city: 'Stuttgart', lat: 48.7758, lon: 9.1829, network: 'op-de', country: 'DE' },
  { id: 'de-kl', name: 'Kaiserslautern PoP', city: 'Kaiserslautern', lat: 49.4447, lon: 7.7690, network: 'op-de', country: 'DE' },
  { id: 'de-lds', name: 'Landstuhl PoP', city: 'Landstuhl', lat: 49.4128, lon: 7.5706, network: 'op-de', country: 'DE' },

  { id: 'it-mil', name: 'Milan PoP', city: 'Milan', lat: 45.4642, lon: 9.1900, network: 'op-it', country: 'IT', gateway: 'ixp' },
  { id: 'it-rom', name: 'Rome PoP', city: 'Rome', lat: 41.9028, lon: 12.4964, network: 'op-it', country: 'IT' },
  { id: 'it-pn', name: 'Pordenone PoP', city: 'Pordenone', lat: 45.9564, lon: 12.6615, network: 'op-it', country: 'IT' },
  { id: 'it-ud', name: 'Udine PoP', city: 'Udine', lat: 46.0711, lon: 13.2346, network: 'op-it', country: 'IT' },
  { id: 'it-mes', name: 'Venice-Mestre PoP', city: 'Venice (Mestre)', lat: 45.4906, lon: 12.2381, network: 'op-it', country: 'IT' },
  { id: 'it-bo', name: 'Bologna PoP', city: 'Bologna', lat: 44.4949, lon: 11.3426, network: 'op-it', country: 'IT' },
  { id: 'it-na', name: 'Naples PoP', city: 'Naples', lat: 40.8518, lon: 14.2681, network: 'op-it', country: 'IT' },
  { id: 'it-pmo', name: 'Palermo PoP', city: 'Palermo', lat: 38.1157, lon: 13.3615, network: 'op-it', country: 'IT', gateway: 'cable-landing' },

  { id: 'jp-tky', name: 'Tokyo Otemachi PoP', city: 'Tokyo', lat: 35.6866, lon: 139.7636, network: 'op-jp', country: 'JP' },
  { id: 'jp-fus', name: 'Fussa PoP', city: 'Fussa', lat: 35.7383, lon: 139.3267, network: 'op-jp', country: 'JP' },
  { id: 'jp-tac', name: 'Tachikawa PoP', city: 'Tachikawa', lat: 35.6980, lon: 139.4137, network: 'op-jp', country: 'JP' },
  { id: 'jp-yok', name: 'Yokohama PoP', city: 'Yokohama', lat: 35.4437, lon: 139.6380, network: 'op-jp', country: 'JP' },
  { id: 'jp-osa', name: 'Osaka PoP', city: 'Osaka', lat: 34.6937, lon: 135.5023, network: 'op-jp', country: 'JP' },
  { id: 'jp-nag', name: 'Nagoya PoP', city: 'Nagoya', lat: 35.1815, lon: 136.9066, network: 'op-jp', country: 'JP' },
  { id: 'jp-chi', name: 'Chikura cable landing', city: 'Minamiboso (Chikura)', lat: 34.9500, lon: 139.9500, network: 'op-jp', country: 'JP', gateway: 'cable-landing' },
  { id: 'jp-shi', name: 'Minami-Shima cable landing', city: 'Shima (Ago)', lat: 34.3300, lon: 136.8300, network: 'op-jp', country: 'JP', gateway: 'cable-landing' },
]

/**
 * US sites at their public locations. Coordinates as published for each facility: Ramstein
 * 49°26.21'N 7°36.02'E, Aviano 46°01'53"N 12°35'49"E, Yokota 35°44'55"N 139°20'55"E, the embassy
 * in Berlin at Pariser Platz 2 (52°30'55"N 13°22'42"E), in Rome at Palazzo Margherita, Via Veneto
 * (41°54'24"N 12°29'27"E) and in Tokyo at 1-10-5 Akasaka (35°40'07"N 139°44'36"E).
 */
export const US_SITES: readonly DemoSite[] = [
  { id: 'ramstein', name: 'Ramstein Air Base', kind: 'military-base', lat: 49.4368, lon: 7.6003, country: 'DE', network: 'op-de', attachedTo: 'de-lds' },
  { id: 'aviano', name: 'Aviano Air Base', kind: 'military-base', lat: 46.0314, lon: 12.5969, country: 'IT', network: 'op-it', attachedTo: 'it-pn' },
  { id: 'yokota', name: 'Yokota Air Base', kind: 'military-base', lat: 35.7486, lon: 139.3486, country: 'JP', network: 'op-jp', attachedTo: 'jp-fus' },
  { id: 'embassy-berlin', name: 'US Embassy Berlin (Pariser Platz)', kind: 'embassy', lat: 52.5153, lon: 13.3783, country: 'DE', network: 'op-de', attachedTo: 'de-ber' },
  { id: 'embassy-rome', name: 'US Embassy Rome (Via Veneto)', kind: 'embassy', lat: 41.9067, lon: 12.4908, country: 'IT', network: 'op-it', attachedTo: 'it-rom' },
  { id: 'embassy-tokyo', name: 'US Embassy Tokyo (Akasaka)', kind: 'embassy', lat: 35.6686, lon: 139.7433, country: 'JP', network: 'op-jp', attachedTo: 'jp-tky' },
]

/**
 * The operators' field sites: cell sites around the bases (some within 5 km, some just beyond)
 * and street cabinets near the embassies. Placed at the centres of real towns and streets; the
 * sites themselves are fictional.
 */
export const FIELD_SITES: readonly DemoSite[] = [
  // Around Ramstein Air Base
  { id: 'de-rmb', name: 'Ramstein-Miesenbach cell site', kind: 'cell-site', lat: 49.4447, lon: 7.5549, country: 'DE', network: 'op-de', attachedTo: 'de-lds' },
  { id: 'de-kbh', name: 'Kindsbach cell site', kind: 'cell-site', lat: 49.4206, lon: 7.6131, country: 'DE', network: 'op-de', attachedTo: 'de-lds' },
  { id: 'de-wei', name: 'Weilerbach cell site', kind: 'cell-site', lat: 49.4789, lon: 7.6355, country: 'DE', network: 'op-de', attachedTo: 'de-kl' },
  { id: 'de-stw', name: 'Steinwenden cell site', kind: 'cell-site', lat: 49.4597, lon: 7.5253, country: 'DE', network: 'op-de', attachedTo: 'de-lds' },
  { id: 'de-ktw', name: 'Kaiserslautern-West cell site', kind: 'cell-site', lat: 49.4420, lon: 7.7300, country: 'DE', network: 'op-de', attachedTo: 'de-kl' },
  { id: 'de-hom', name: 'Homburg cell site', kind: 'cell-site', lat: 49.3262, lon: 7.3387, country: 'DE', network: 'op-de', attachedTo: 'de-lds' },
  { id: 'de-bmi', name: 'Berlin Unter den Linden street cabinet', kind: 'street-cabinet', lat: 52.5170, lon: 13.3889, country: 'DE', network: 'op-de', attachedTo: 'de-ber' },
  // Around Aviano Air Base
  { id: 'it-ape', name: 'Aviano Pedemontana cell site', kind: 'cell-site', lat: 46.0225, lon: 12.5850, country: 'IT', network: 'op-it', attachedTo: 'it-pn' },
  { id: 'it-avn', name: 'Aviano town cell site', kind: 'cell-site', lat: 46.0706, lon: 12.5950, country: 'IT', network: 'op-it', attachedTo: 'it-pn' },
  { id: 'it-rvp', name: 'Roveredo in Piano cell site', kind: 'cell-site', lat: 46.0110, lon: 12.6180, country: 'IT', network: 'op-it', attachedTo: 'it-pn' },
  { id: 'it-sqr', name: 'San Quirino cell site', kind: 'cell-site', lat: 46.0339, lon: 12.6786, country: 'IT', network: 'op-it', attachedTo: 'it-pn' },
  { id: 'it-fon', name: 'Fontanafredda cell site', kind: 'cell-site', lat: 45.9747, lon: 12.5639, country: 'IT', network: 'op-it', attachedTo: 'it-pn' },
  { id: 'it-vve', name: 'Rome Via Veneto street cabinet', kind: 'street-cabinet', lat: 41.9060, lon: 12.4890, country: 'IT', network: 'op-it', attachedTo: 'it-rom' },
  // Around Yokota Air Base
  { id: 'jp-hmr', name: 'Hamura cell site', kind: 'cell-site', lat: 35.7673, lon: 139.3110, country: 'JP', network: 'op-jp', attachedTo: 'jp-fus' },
  { id: 'jp-hjm', name: 'Haijima cell site', kind: 'cell-site', lat: 35.7203, lon: 139.3437, country: 'JP', network: 'op-jp', attachedTo: 'jp-fus' },
  { id: 'jp-msm', name: 'Musashimurayama cell site', kind: 'cell-site', lat: 35.7546, lon: 139.3876, country: 'JP', network: 'op-jp', attachedTo: 'jp-tac' },
  { id: 'jp-ome', name: 'Ome cell site', kind: 'cell-site', lat: 35.7880, lon: 139.2758, country: 'JP', network: 'op-jp', attachedTo: 'jp-fus' },
  { id: 'jp-akr', name: 'Akiruno cell site', kind: 'cell-site', lat: 35.7289, lon: 139.2941, country: 'JP', network: 'op-jp', attachedTo: 'jp-fus' },
  { id: 'jp-aks', name: 'Tokyo Akasaka street cabinet', kind: 'street-cabinet', lat: 35.6700, lon: 139.7400, country: 'JP', network: 'op-jp', attachedTo: 'jp-tky' },
]
