/**
 * Column headers of the tables a planner writes by hand (flows, links, node lists, interconnects,
 * sites, schedules, cost overrides) in German, French, Italian, Spanish and Japanese, each as the
 * English header words it stands for. One table of words serves every reader: a reader that does
 * not know a header in English looks up its English words here and takes the first it knows
 * (`Quelle` is `source`, which a flow list reads as `src` and a link list as `a`).
 *
 * These are the words a sheet in those languages heads its columns with, not labels of one tool;
 * German and Japanese latitude and longitude are NetBox's, as the inventory reads them
 * (column-translations.ts).
 * Headers are compared as an inventory's are (`headerKey`: letters and digits only, no case,
 * Unicode NFKC, so `ＩＤ` and `Nicht vor` match `ID` and `nicht_vor`), and without the accents of
 * Latin letters, which a sheet typed on another keyboard or saved by an older system leaves out
 * (`Categorie`, `Latenza`); German umlauts may be written out too (`Laengengrad`, `Geraet`).
 *
 * Left out: words that are a column's English name already (`Volume`, `Phase`, `Classification`,
 * `Latitude`), which the readers take as they are; Italian and Spanish `Da`/`De` and `A` (from, to),
 * since `A` is the English name of a link's first end: such sheets head their ends
 * `Origine`/`Destinazione` or `Origen`/`Destino`, which are here.
 */
import { TRANSLATED_HEADERS } from '../../inventory/column-translations.js'
import { headerKey } from '../../inventory/header-key.js'

/** English header word → its German, French, Italian, Spanish and Japanese spellings. */
export const TABLE_HEADER_TRANSLATIONS: Readonly<Record<string, readonly string[]>> = {
  // Ends of a flow or a link.
  source: ['Quelle', 'Ursprung', 'Origine', 'Sorgente', 'Origen', 'Fuente', '送信元', '発信元', '始点', '起点'],
  target: ['Ziel', 'Senke', 'Destinazione', 'Destino', '宛先', '送信先', '終点'],
  from: ['Von', 'De', 'Desde'],
  to: ['Nach', 'Bis', 'À', 'Vers', 'Hasta'],
  // A flow.
  flow_id: ['Fluss-ID', 'Flussnummer', 'ID de flux', 'ID flusso', 'ID de flujo', 'フローID', 'フロー番号'],
  flow: ['Fluss', 'Verkehrsfluss', 'Flux', 'Flusso', 'Flujo', 'フロー'],
  volume: ['Volumen', 'Verkehrsvolumen', 'Datenvolumen', 'Traffico', 'Tráfico', '流量', '通信量', 'トラフィック量', 'トラフィック',
    // Bandwidth: a flow's demand in a flow list, a link's capacity in a link list (below).
    'Bandbreite', 'Débit', 'Larghezza di banda', 'Banda', 'Ancho de banda', '帯域', '帯域幅',
  ],
  demand: ['Bedarf', 'Demande', 'Domanda', 'Demanda', '需要'],
  class: ['Klasse', 'Schutzklasse', 'Classe', 'Clase', 'クラス', '区分', '分類'],
  classification: ['Einstufung', 'Klassifizierung', 'Classificazione', 'Clasificación', '機密区分', '機密性'],
  sensitivity: ['Schutzbedarf', 'Sensibilité', 'Sensibilità', 'Sensibilidad', '機密度', '重要度'],
  // A link.
  cost: ['Kosten', 'Coût', 'Costo', 'Coste', 'コスト'],
  metric: ['Metrik', 'Métrique', 'Metrica', 'Métrica', 'メトリック', 'メトリクス'],
  weight: ['Gewicht', 'Poids', 'Peso', '重み'],
  capacity: ['Kapazität', 'Bandbreite', 'Capacité', 'Débit', 'Capacità', 'Larghezza di banda', 'Banda', 'Capacidad', 'Ancho de banda', '容量', '帯域幅', '帯域'],
  latency: ['Latenz', 'Verzögerung', 'Laufzeit', 'Latence', 'Latenza', 'Latencia', 'Retardo', '遅延', 'レイテンシ'],
  label: ['Bezeichnung', 'Beschriftung', 'Libellé', 'Étiquette', 'Etichetta', 'Etiqueta', 'ラベル'],
  // A node or a site.
  id: ['Kennung', 'Kennzeichen', 'Identifiant', 'Identificativo', 'Identificador', '識別子'],
  name: ['Nom', 'Nome', 'Nombre', '名前', '名称'],
  kind: ['Art', 'Standortart', 'Genre', 'Catégorie', 'Categoria', 'Categoría', '種別', '種類'],
  type: ['Typ', 'Tipo', 'タイプ'],
  latitude: [...TRANSLATED_HEADERS.lat, 'Latitudine', 'Latitud'],
  longitude: [...TRANSLATED_HEADERS.lon, 'Longitudine', 'Longitud'],
  country: ['Land', 'Staat', 'Pays', 'Paese', 'Nazione', 'País', '国', '国名'],
  network: ['Netz', 'Netzwerk', 'Réseau', 'Rete', 'Red', 'ネットワーク', '網'],
  operator: ['Betreiber', 'Netzbetreiber', 'Opérateur', 'Operatore', 'Operador', '事業者', '通信事業者', 'キャリア'],
  site: ['Standort', 'Sito', 'Sitio', 'Emplacement', 'サイト', '拠点'],
  devices: ['Geräte', 'Équipements', 'Appareils', 'Dispositivi', 'Apparati', 'Dispositivos', 'Equipos', '機器一覧'],
  // A schedule.
  device: ['Gerät', 'Appareil', 'Équipement', 'Dispositivo', 'Equipo', 'Apparato', '機器', '装置', 'デバイス'],
  phase: ['Fase', 'フェーズ', '段階', '期'],
  not_before: ['nicht vor', 'frühestens', 'pas avant', 'au plus tôt', 'non prima', 'non prima del', 'no antes', 'no antes de', '以降', '開始可能日', '着手可能日'],
  // A cost override.
  role: ['Rolle', 'Rôle', 'Ruolo', 'Rol', '役割', 'ロール'],
  model: ['Modell', 'Modèle', 'Modello', 'Modelo', 'モデル', '機種', '型番'],
  equipment: ['Ausrüstung', 'Gerätekosten', 'Équipement', 'Apparecchiature', 'Equipo', 'Equipamiento', '機器費', '機器代'],
  labour: ['Arbeit', 'Arbeitskosten', 'Montage', "Main-d'œuvre", "Main d'oeuvre", 'Manodopera', 'Mano de obra', '工事費', '作業費', '人件費'],
  site_overhead: ['Standortkosten', 'Gemeinkosten', 'Frais de site', 'Costi di sito', 'Gastos del sitio', 'Gastos generales', '拠点経費', 'サイト経費', '諸経費'],
}

/** A header as compared here: `headerKey` of it without the accents of Latin letters (`Längengrad` → `langengrad`). */
function tableHeaderKey(header: string): string {
  return headerKey(header.normalize('NFKC').normalize('NFD').replace(/(?<=\p{Script=Latin})\p{M}+/gu, ''))
}

/** German umlauts and ß written out, as a system without them writes them: `Längengrad` → `Laengengrad`. */
const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' }

/** `tableHeaderKey` of each spelling (and of it with its umlauts written out) → its English words, in the order of the table above. */
const ENGLISH: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>()
  for (const [english, spellings] of Object.entries(TABLE_HEADER_TRANSLATIONS)) {
    for (const spelling of spellings) {
      for (const key of new Set([tableHeaderKey(spelling), tableHeaderKey(spelling.replace(/[äöüÄÖÜß]/g, (c) => UMLAUTS[c]!))])) {
        const words = map.get(key)
        if (words === undefined) map.set(key, [english])
        else if (!words.includes(english)) words.push(english)
      }
    }
  }
  return map
})()

/** A header's unit in brackets after its name (`Volumen (Mbit/s)`, `帯域（Mbps）` after NFKC). */
const UNIT = /^(.*?)\s*([([][^()[\]]*[)\]])$/

/**
 * The English headers a header cell in another language stands for, its unit kept after them:
 * `Quelle` → `['source']`, `Volumen (Gbit/s)` → `['volume (Gbit/s)']`, `Équipement` →
 * `['device', 'equipment']`. Empty for a header this table does not hold.
 *
 * @example
 * englishHeaders('宛先') // ['target']
 */
export function englishHeaders(cell: string): string[] {
  const text = cell.normalize('NFKC').trim()
  const unit = UNIT.exec(text)
  const whole = ENGLISH.get(tableHeaderKey(text))
  if (whole !== undefined) return [...whole]
  const words = unit === null ? undefined : ENGLISH.get(tableHeaderKey(unit[1]!))
  return words === undefined ? [] : words.map((w) => `${w} ${unit![2]!}`)
}
