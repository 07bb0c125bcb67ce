import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { BANNER_COLUMN, buildColumnMap, INVENTORY_COLUMNS, resolveColumn } from './columns.js'
import { CsvDeviceBuilder } from './csv-device.js'

const AT2 = { file: 'f.csv', line: 2 }

describe('resolveColumn', () => {
  it('matches headers without regard to case, spaces, dashes and underscores', () => {
    for (const h of ['sys_object_id', 'SysObjectID', 'sys object id', 'SYS-OBJECT-ID']) {
      expect(resolveColumn(h)).toEqual({ kind: 'scalar', field: 'sysObjectID' })
    }
    expect(resolveColumn(' Firmware Version ')).toEqual({ kind: 'scalar', field: 'firmwareVersion' })
  })

  it('accepts the documented aliases: vendor, mac, latitude, hostname', () => {
    expect(resolveColumn('vendor')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    expect(resolveColumn('MAC')).toEqual({ kind: 'macs' })
    expect(resolveColumn('latitude')).toEqual({ kind: 'scalar', field: 'lat' })
    expect(resolveColumn('hostname')).toEqual({ kind: 'scalar', field: 'name' })
  })

  it('reads the headers of asset managers and network inventories, punctuation and all', () => {
    // Snipe-IT, Cisco PID inventories, spreadsheets: "Model No.", "S/N".
    expect(resolveColumn('Model No.')).toEqual({ kind: 'scalar', field: 'model' })
    expect(resolveColumn('PID')).toEqual({ kind: 'scalar', field: 'model' })
    expect(resolveColumn('S/N')).toEqual({ kind: 'scalar', field: 'serial' })
    // NetBox CSV exports carry an often empty "Asset tag" beside the name that stands in for the id:
    // no id, but the name of a device that has none (Snipe-IT's assets need a tag, not a name).
    expect(resolveColumn('Asset Tag')).toEqual({ kind: 'scalar', field: 'name' })
    expect(resolveColumn('Hardware Vendor')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    expect(resolveColumn('Physical Address')).toEqual({ kind: 'macs' })
    expect(resolveColumn('Manufacture Date')).toEqual({ kind: 'scalar', field: 'manufactured' })
    // Bought is not made: read apart, as the device's date only when no date of manufacture is given, and said to be a purchase date.
    expect(resolveColumn('Purchase Date')).toEqual({ kind: 'scalar', field: 'purchased' })
  })

  it('reads the headers of more exports: Nautobot natural keys, Open-AudIT table columns, Catalyst Center, PowerShell', () => {
    // Nautobot 2 CSV: related objects by their natural keys
    expect(resolveColumn('device_type__manufacturer__name')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    expect(resolveColumn('device_type__model')).toEqual({ kind: 'scalar', field: 'model' })
    expect(resolveColumn('location__name')).toEqual({ kind: 'scalar', field: 'site' })
    expect(resolveColumn('tenant__name')).toEqual({ kind: 'scalar', field: 'network' })
    expect(resolveColumn('status__name')).toEqual({ kind: 'scalar', field: 'status' })
    // Open-AudIT: the table before the column
    expect(resolveColumn('devices.manufacturer')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    expect(resolveColumn('devices.mac_address')).toEqual({ kind: 'macs' })
    expect(resolveColumn('devices.snmp_oid')).toEqual({ kind: 'scalar', field: 'sysObjectID' })
    expect(resolveColumn('devices.icon')).toBeUndefined()
    expect(resolveColumn('sites.name')).toBeUndefined()
    // Catalyst Center, Get-NetNeighbor, Get-DhcpServerv4Lease, PRTG, Device42
    expect(resolveColumn('Image Version')).toEqual({ kind: 'scalar', field: 'firmwareVersion' })
    expect(resolveColumn('Platform')).toEqual({ kind: 'scalar', field: 'model' })
    expect(resolveColumn('LinkLayerAddress')).toEqual({ kind: 'macs' })
    expect(resolveColumn('ClientId')).toEqual({ kind: 'macs' })
    expect(resolveColumn('Device')).toEqual({ kind: 'scalar', field: 'name' })
    expect(resolveColumn('building')).toEqual({ kind: 'scalar', field: 'site' })
  })

  it('reads the NE lists of Huawei\'s NCE, U2000 and RAN inventory: NE Name, NE Type (with its main board), NE IP Address, ESN', () => {
    expect(resolveColumn('NE Name')).toEqual({ kind: 'scalar', field: 'name' })
    expect(resolveColumn('NEName')).toEqual({ kind: 'scalar', field: 'name' })
    expect(resolveColumn('NE Type')).toEqual({ kind: 'scalar', field: 'model' })
    expect(resolveColumn('NE Type (MPU Type)')).toEqual({ kind: 'scalar', field: 'model' })
    expect(resolveColumn('NE IP Address')).toEqual({ kind: 'scalar', field: 'name' })
    expect(resolveColumn('NE MAC Address')).toEqual({ kind: 'macs' })
    expect(resolveColumn('ESN')).toEqual({ kind: 'scalar', field: 'serial' })
    expect(resolveColumn('SN(Bar Code)')).toEqual({ kind: 'scalar', field: 'serial' })
    // an NE's id in the management system (0-0 on every router), its patch list, its subnet: not read
    for (const h of ['NE ID', 'Patch Version List', 'Subnet', 'Subnet Path', 'Physical Location', 'NE Subtype']) expect(resolveColumn(h), h).toBeUndefined()
    // The name wins over the address, whatever the order of the columns.
    const ne = new CsvDeviceBuilder(buildColumnMap(['NE IP Address', 'NE Type', 'NE Name'], { file: 'f.csv', line: 1 }, []))
    expect(ne.build(['10.33.79.9', 'NE40E-X8', 'FRA-PE-01'], { file: 'f.csv', line: 2 }, [])).toEqual({ id: 'FRA-PE-01', name: 'FRA-PE-01', model: 'NE40E-X8', addresses: ['10.33.79.9'] })
    expect(ne.build(['10.33.79.10', 'NE40E-X8', ''], { file: 'f.csv', line: 3 }, [])).toEqual({ id: '10.33.79.10', name: '10.33.79.10', model: 'NE40E-X8' })
    // A product name beside the NE type (Ribbon's NE list) is the model.
    const ribbon = new CsvDeviceBuilder(buildColumnMap(['NE User Label', 'NE Type', 'Product Name', 'IP Address'], { file: 'f.csv', line: 1 }, []))
    expect(ribbon.build(['mux-1', 'Transport', '7100 Nano', '10.0.0.1'], { file: 'f.csv', line: 2 }, [])).toMatchObject({ model: '7100 Nano' })
  })

  it('ranks a platform below a type: an operating system in NetBox, a product id in Catalyst Center', () => {
    const netbox = new CsvDeviceBuilder(buildColumnMap(['Name', 'Platform', 'Type'], { file: 'f.csv', line: 1 }, []))
    expect(netbox.build(['rt-1', 'Huawei VRP', 'NE40E-X8'], { file: 'f.csv', line: 2 }, [])).toMatchObject({ model: 'NE40E-X8' })
    const catalyst = new CsvDeviceBuilder(buildColumnMap(['Device Name', 'Device Family', 'Platform'], { file: 'f.csv', line: 1 }, []))
    expect(catalyst.build(['sw-1', 'Switches and Hubs', 'C9300-48P'], { file: 'f.csv', line: 2 }, [])).toMatchObject({ model: 'C9300-48P' })
  })

  it('reads the product id of Cisco Catalyst Center (platformId) over its description of the type', () => {
    expect(resolveColumn('platformId')).toEqual({ kind: 'scalar', field: 'model' })
    const catalyst = new CsvDeviceBuilder(buildColumnMap(['hostname', 'type', 'platformId', 'family'], { file: 'f.csv', line: 1 }, []))
    expect(catalyst.build(['rt-bdr-01', 'Cisco ASR 1001-X Router', 'ASR1001-X', 'Routers'], { file: 'f.csv', line: 2 }, [])).toMatchObject({ model: 'ASR1001-X' })
    // Without a product id the description is still a model of sorts.
    expect(catalyst.build(['ap-1', 'Cisco 9120AXI Unified Access Point', '', 'Unified AP'], { file: 'f.csv', line: 3 }, [])).toMatchObject({ model: 'Cisco 9120AXI Unified Access Point' })
  })

  it('reads Nautobot\'s software version and primary address, and Zabbix\'s inventory coordinates', () => {
    expect(resolveColumn('software_version__version')).toEqual({ kind: 'scalar', field: 'firmwareVersion' })
    // the platform of a software version is its operating system, not the device's model
    expect(resolveColumn('software_version__platform__name')).toBeUndefined()
    expect(resolveColumn('primary_ip4__host')).toEqual({ kind: 'scalar', field: 'name' })
    expect(resolveColumn('parent_bay__device__name')).toBeUndefined()
    expect(resolveColumn('Location latitude')).toEqual({ kind: 'scalar', field: 'lat' })
    expect(resolveColumn('location_lon')).toEqual({ kind: 'scalar', field: 'lon' })
    // Netdisco's device search and Catalyst Center: the management address, when nothing else names the device
    expect(resolveColumn('Management IP')).toEqual({ kind: 'scalar', field: 'name' })
    expect(resolveColumn('managementIpAddress')).toEqual({ kind: 'scalar', field: 'name' })
  })

  it('reads the headers of exports in Chinese, Japanese, Korean and Russian', () => {
    const field = (h: string) => { const t = resolveColumn(h); return t?.kind === 'scalar' ? t.field : t?.kind }
    // NetBox's device list in its Chinese, Japanese, Korean and Russian translations
    expect(['名称', '站点', '租户', '厂商', '类型', '序列号', 'MAC 地址'].map(field)).toEqual(['name', 'site', 'network', 'manufacturer', 'model', 'serial', 'macs'])
    expect(['名前', 'サイト', 'テナント', 'メーカ', 'タイプ', 'デバイスタイプ', 'シリアル番号', 'MAC アドレス', '緯度', '経度'].map(field))
      .toEqual(['name', 'site', 'network', 'manufacturer', 'model', 'model', 'serial', 'macs', 'lat', 'lon'])
    expect(['이름', '사이트', '제조사', '유형', '장비 유형', '시리얼 번호', 'MAC 주소'].map(field)).toEqual(['name', 'site', 'manufacturer', 'model', 'model', 'serial', 'macs'])
    expect(['Имя', 'Площадка', 'Производитель', 'Тип устройства', 'Серийный номер', 'MAC-адрес'].map(field)).toEqual(['name', 'site', 'manufacturer', 'model', 'serial', 'macs'])
    // Snipe-IT's asset list, simplified and traditional Chinese, Japanese, Korean, Russian
    expect(['资产名称', '序列号', '型号', '型号编码', '制造商', '生产厂家', 'MAC地址'].map(field)).toEqual(['name', 'serial', 'model', 'model', 'manufacturer', 'manufacturer', 'macs'])
    expect(['資產名稱', '序號', '型號', '製造商'].map(field)).toEqual(['name', 'serial', 'model', 'manufacturer'])
    expect(['資産名', 'シリアル', 'モデル', 'モデル No.', '設置場所', '製造元', 'MACアドレス'].map(field)).toEqual(['name', 'serial', 'model', 'model', 'site', 'manufacturer', 'macs'])
    expect(['자산 명', '일련번호', '모델', '제조업체'].map(field)).toEqual(['name', 'serial', 'model', 'manufacturer'])
    expect(['Имя актива', 'Серийный номер', 'Модель', 'MAC Адрес'].map(field)).toEqual(['name', 'serial', 'model', 'macs'])
    // BlueKing CMDB's switches and hosts; Hitachi JP1, Fujitsu Systemwalker and the Checker series
    expect(['固资编号', '名称', 'SN', '用途', '厂商', '设备型号', '管理IP', '主机名称', '内网IP', '内网MAC地址', '外网MAC'].map(field))
      .toEqual(['id', 'name', 'serial', 'purpose', 'manufacturer', 'model', 'name', 'name', 'name', 'macs', 'macs'])
    expect(['資産管理番号', '機器名称', 'ホスト名', 'IPアドレス', 'シリアルナンバー', 'モデル名', 'メーカ名', '端末名', '型番', '物理アドレス(MAC)', 'シリアル番号(BIOS)'].map(field))
      .toEqual(['id', 'name', 'name', 'name', 'serial', 'model', 'manufacturer', 'name', 'model', 'macs', 'serial'])
    // Roles are names in the user's language; a status, an asset tag, a rack position: not read.
    // NetBox zh writes 位置 for both a location and a rack position.
    for (const h of ['角色', 'ロール', '역할', 'Роль', '状态', '资产标签', '位置', '维护人', 'Статус']) expect(resolveColumn(h), h).toBeUndefined()
  })

  it('reads the headers of NetBox\'s device list in German, French, Italian, Spanish, Portuguese, Dutch, Polish, Turkish, Ukrainian and Czech', () => {
    const field = (h: string) => { const t = resolveColumn(h); return t?.kind === 'scalar' ? t.field : t?.kind }
    const lines: [string, string[], (string | undefined)[]][] = [
      ['de', ['Name', 'Standort', 'Mandant', 'Hersteller', 'Typ', 'Gerätetyp', 'Seriennummer', 'MAC-Adresse', 'Breitengrad', 'Längengrad'], ['name', 'site', 'network', 'manufacturer', 'model', 'model', 'serial', 'macs', 'lat', 'lon']],
      ['fr', ['Nom', 'Site', 'Entité', 'Fabricant', 'Type', "Type d'appareil", 'Numéro de série', 'Adresse MAC'], ['name', 'site', 'network', 'manufacturer', 'model', 'model', 'serial', 'macs']],
      ['it', ['Nome', 'Sito', 'Tenant', 'Produttore', 'Tipo', 'Tipo di dispositivo', 'Numero di serie', 'Indirizzo MAC'], ['name', 'site', 'network', 'manufacturer', 'model', 'model', 'serial', 'macs']],
      ['es', ['Nombre', 'Sitio', 'Inquilino', 'Fabricante', 'Tipo', 'Tipo de dispositivo', 'Número de serie', 'Dirección MAC'], ['name', 'site', 'network', 'manufacturer', 'model', 'model', 'serial', 'macs']],
      ['pt', ['Nome', 'Inquilino', 'Fabricante', 'Tipo', 'Tipo de Dispositivo', 'Número de Série', 'Endereço MAC'], ['name', 'network', 'manufacturer', 'model', 'model', 'serial', 'macs']],
      ['nl', ['Naam', 'Fabrikant', 'Soort apparaat', 'Serienummer', 'MAC-adres'], ['name', 'manufacturer', 'model', 'serial', 'macs']],
      ['pl', ['Nazwa', 'Placówka', 'Producent', 'Typ', 'Typ urządzenia', 'Numer seryjny', 'Adres MAC'], ['name', 'site', 'manufacturer', 'model', 'model', 'serial', 'macs']],
      ['tr', ['İsim', 'Kiracı', 'Üretici', 'Tür', 'Cihaz Türü', 'Cihaz tipi', 'Seri Numarası', 'MAC Adresi'], ['name', 'network', 'manufacturer', 'model', 'model', 'model', 'serial', 'macs']],
      ['uk', ['Назва', 'Тех. майданчик', 'Виробник', 'Тип', 'Тип пристрою', 'Серійний номер', 'MAC-адреса'], ['name', 'site', 'manufacturer', 'model', 'model', 'serial', 'macs']],
      ['cs', ['Jméno', 'Lokalita', 'Výrobce', 'Typ', 'Typ zařízení', 'Sériové číslo', 'MAC adresa'], ['name', 'site', 'manufacturer', 'model', 'model', 'serial', 'macs']],
    ]
    for (const [lang, headers, fields] of lines) expect(headers.map(field), lang).toEqual(fields)
    // Written in capitals, as some exports and spreadsheets do.
    expect(['HERSTELLER', 'GERÄTETYP', 'NUMÉRO DE SÉRIE', 'MAC-ADRESSE'].map(field)).toEqual(['manufacturer', 'model', 'serial', 'macs'])
  })

  it('reads the headers of Snipe-IT\'s asset list in European languages', () => {
    const field = (h: string) => { const t = resolveColumn(h); return t?.kind === 'scalar' ? t.field : t?.kind }
    expect(['Asset Name', 'Standort', 'Hersteller', 'Modell', 'Seriennummer', 'MAC-Adresse'].map(field)).toEqual(['name', 'site', 'manufacturer', 'model', 'serial', 'macs'])
    expect(["Nom de l'actif", 'Lieu', 'Modèle', 'Numéro de série'].map(field)).toEqual(['name', 'site', 'model', 'serial'])
    expect(['Nome Bene', 'Sede', 'Modello', 'Seriale', 'MAC Address'].map(field)).toEqual(['name', 'site', 'model', 'serial', 'macs'])
    expect(['Equipo', 'Modelo', 'N. Serie', 'MAC Dirección'].map(field)).toEqual(['name', 'model', 'serial', 'macs'])
    expect(['Nome do Ativo', 'Nº de Série', 'Serial'].map(field)).toEqual(['name', 'serial', 'serial'])
    expect(['Asset naam', 'Nazwa nabytku', 'Demirbaş Adı', 'Seri No', 'Назва активу', 'Серійник', 'Název majetku'].map(field)).toEqual(['name', 'name', 'name', 'serial', 'name', 'serial', 'name'])
  })

  it('leaves out the European headers that would fill the wrong column: roles, rack positions, platforms, a series', () => {
    // Role names are in the user's language; a rack position is no site (Italian NetBox writes
    // Posizione for Location too); NetBox's platform is an operating system, and German NetBox
    // calls it Betriebssystem; Snipe-IT's French "Série" is also a product series; asset tags in
    // other languages (the English one names an unnamed device); a status in another language,
    // whose values the lifecycle classes do not know.
    for (const h of ['Rolle', 'Rôle', 'Ruolo', 'Position', 'Posizione', 'Posición', 'Pozycja', 'Lokation', 'Ubicazione', 'Lokalizacja', 'Umístění', 'Betriebssystem', 'Plateforme', 'Piattaforma', 'Plataforma', 'Série', "Étiquette d'actif", 'Stato', 'Estado', 'Statut']) {
      expect(resolveColumn(h), h).toBeUndefined()
    }
  })

  it('ranks European headers as their English counterparts: a model before a device type before a type, a name before an address', () => {
    const at = { file: 'f.csv', line: 1 }
    const de = new CsvDeviceBuilder(buildColumnMap(['Typ', 'Gerätetyp', 'Modell', 'Name'], at, []))
    expect(de.build(['Switch', 'S5720', 'S5720-28X-SI-AC', 'fra-sw-01'], AT2, [])).toMatchObject({ model: 'S5720-28X-SI-AC' })
    expect(de.build(['Switch', 'S5720', '', 'fra-sw-02'], AT2, [])).toMatchObject({ model: 'S5720' })
    expect(de.build(['Switch', '', '', 'fra-sw-03'], AT2, [])).toMatchObject({ model: 'Switch' })
    const italian = new CsvDeviceBuilder(buildColumnMap(['IP', 'Nome'], at, []))
    expect(italian.build(['10.0.0.1', 'mil-core-01'], AT2, [])).toEqual({ id: 'mil-core-01', name: 'mil-core-01', addresses: ['10.0.0.1'] })
  })

  it('reads headers in full-width letters and half-width katakana as a user does, after NFKC', () => {
    expect(resolveColumn('ＭＡＣアドレス')).toEqual({ kind: 'macs' })
    expect(resolveColumn('ＭＡＣ地址')).toEqual({ kind: 'macs' })
    expect(resolveColumn('ＩＰアドレス')).toEqual({ kind: 'scalar', field: 'name' })
    expect(resolveColumn('ｼﾘｱﾙ番号')).toEqual({ kind: 'scalar', field: 'serial' })
    expect(resolveColumn('ﾓﾃﾞﾙ')).toEqual({ kind: 'scalar', field: 'model' })
    // a note in full-width parentheses is dropped as an ASCII one is
    expect(resolveColumn('シリアル番号（BIOS）')).toEqual({ kind: 'scalar', field: 'serial' })
    expect(resolveColumn('物理アドレス（MAC）')).toEqual({ kind: 'macs' })
    // English headers typed in full width
    expect(resolveColumn('Ｍａｎｕｆａｃｔｕｒｅｒ')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    expect(resolveColumn('ｓｅｒｉａｌ＿ｎｕｍｂｅｒ')).toEqual({ kind: 'scalar', field: 'serial' })
  })

  it('reads a katakana word with or without its closing long-vowel mark (メーカー as メーカ), not one inside a word', () => {
    expect(resolveColumn('メーカー')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    expect(resolveColumn('ﾒｰｶｰ名')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    expect(resolveColumn('メーカ')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    // the mark inside the word stays: メカ (mecha) is no maker
    expect(resolveColumn('メカ')).toBeUndefined()
  })

  it('ranks headers in other languages as their English counterparts: names before addresses, model numbers before models before types', () => {
    const at = { file: 'f.csv', line: 1 }
    const bk = new CsvDeviceBuilder(buildColumnMap(['管理IP', '名称', '厂商'], at, []))
    expect(bk.build(['10.0.0.1', '核心交换机-1', '华为'], AT2, [])).toEqual({ id: '核心交换机-1', name: '核心交换机-1', manufacturer: '华为', addresses: ['10.0.0.1'] })
    expect(bk.build(['10.0.0.2', '', '华为'], AT2, [])).toEqual({ id: '10.0.0.2', name: '10.0.0.2', manufacturer: '华为' })
    // an English address column does not outrank a name in another language
    const mixed = new CsvDeviceBuilder(buildColumnMap(['IP', '名前'], at, []))
    expect(mixed.build(['10.0.0.3', '東京本社ルータ'], AT2, [])).toEqual({ id: '東京本社ルータ', name: '東京本社ルータ', addresses: ['10.0.0.3'] })
    // NetBox zh: the type column (类型) yields to a model number; Snipe-IT ja: モデル No. over モデル
    const zh = new CsvDeviceBuilder(buildColumnMap(['名称', '类型', '型号编码'], at, []))
    expect(zh.build(['sw-1', '交换机', 'S5735-L48T4X-A1'], AT2, [])).toMatchObject({ model: 'S5735-L48T4X-A1' })
    expect(zh.build(['sw-2', '交换机', ''], AT2, [])).toMatchObject({ model: '交换机' })
    const ja = new CsvDeviceBuilder(buildColumnMap(['資産名', 'モデル', 'モデル No.'], at, []))
    expect(ja.build(['nas-1', 'TeraStation', 'TS5410DN'], AT2, [])).toMatchObject({ model: 'TS5410DN' })
  })

  it('reads the columns of IP Fabric, Infoblox NetMRI, ExtremeCloud IQ and Aruba Central by what they hold', () => {
    const at = { file: 'f.csv', line: 1 }
    // IP Fabric: `snHw` (the device's serial) before `sn` (IP Fabric's own); `family` is the OS and is left out.
    const ipf = new CsvDeviceBuilder(buildColumnMap(['hostname', 'siteName', 'sn', 'snHw', 'loginIp', 'vendor', 'family', 'platform', 'model', 'version'], at, []))
    expect(ipf.build(['sw-1', 'FRA', 'IPF-1', '2102351234', '10.0.0.1', 'huawei', 'vrp', 's5700', 'S5720-28X-SI-AC', '5.170'], AT2, [])).toEqual({
      id: 'sw-1', name: 'sw-1', site: 'FRA', manufacturer: 'huawei', model: 'S5720-28X-SI-AC', serial: '2102351234', firmware: { version: '5.170' }, addresses: ['10.0.0.1'],
    })
    expect(ipf.build(['', 'FRA', 'IPF-2', '', '10.0.0.2', '', '', '', '', ''], AT2, [])).toEqual({ id: '10.0.0.2', name: '10.0.0.2', site: 'FRA', serial: 'IPF-2' })
    expect(resolveColumn('family')).toBeUndefined()
    // NetMRI: `DeviceOUI` is NetMRI's reading of the MAC, no declaration.
    expect(resolveColumn('DeviceVendor')).toEqual({ kind: 'scalar', field: 'manufacturer' })
    expect(resolveColumn('DeviceMAC')).toEqual({ kind: 'macs' })
    expect(resolveColumn('DeviceVersion')).toEqual({ kind: 'scalar', field: 'firmwareVersion' })
    expect(resolveColumn('DeviceSysDescr')).toEqual({ kind: 'scalar', field: 'sysDescr' })
    expect(resolveColumn('DeviceOUI')).toBeUndefined()
    const netmri = new CsvDeviceBuilder(buildColumnMap(['DeviceIPDotted', 'DeviceSysName', 'DeviceName'], at, []))
    expect(netmri.build(['10.0.0.3', 'gw-3', 'gw-3.example.net'], AT2, [])).toMatchObject({ name: 'gw-3.example.net' })
    expect(netmri.build(['10.0.0.4', 'gw-4', ''], AT2, [])).toMatchObject({ name: 'gw-4' })
    expect(netmri.build(['10.0.0.5', '', ''], AT2, [])).toMatchObject({ name: '10.0.0.5' })
    // ExtremeCloud IQ's product type is a model; Aruba Central's part number only when the model is empty.
    const xiq = new CsvDeviceBuilder(buildColumnMap(['hostname', 'device_function', 'product_type'], at, []))
    expect(xiq.build(['ap-1', 'AP', 'AP_230'], AT2, [])).toMatchObject({ model: 'AP_230' })
    const central = new CsvDeviceBuilder(buildColumnMap(['name', 'aruba_part_no', 'model', 'device_type'], at, []))
    expect(central.build(['ap-1', 'R2H28A', 'AP-505', 'IAP'], AT2, [])).toMatchObject({ model: 'AP-505' })
    expect(central.build(['sw-1', 'JL679A', '', 'SWITCH'], AT2, [])).toMatchObject({ model: 'JL679A' })
  })

  it("knows Snipe-IT's unnamed assets by their asset tag, a named one by its name", () => {
    // Snipe-IT's asset list as its CSV download heads it (snipe/snipe-it,
    // resources/lang/en-US/admin/hardware/table.php and general.php); the tag is required and
    // unique, the name optional (app/Models/Asset.php, `$rules`).
    const diagnostics: Diagnostic[] = []
    const builder = new CsvDeviceBuilder(buildColumnMap(['Asset Tag', 'Asset Name', 'Serial', 'Model', 'Manufacturer', 'Status'], { file: 'assets.csv', line: 1 }, diagnostics))
    expect(diagnostics).toEqual([])
    const rows = [['00001', '', '', 'DS-2CD2143G0-I', 'Hikvision', 'Ready to Deploy'], ['00002', '', '', 'DS-2CD2143G0-I', 'Hikvision', 'Ready to Deploy'], ['00003', 'core-sw', '2102351234', 'S5735-L48T4S-A', 'Huawei', 'Deployed']]
    const errors: Diagnostic[] = []
    // The unnamed cameras were each an error, dropped: the file has no id column.
    expect(rows.map((r) => builder.build(r, AT2, errors)?.id)).toEqual(['00001', '00002', 'core-sw'])
    expect(errors).toEqual([])
  })

  it("reads ManageEngine's Service Tag as the serial number, no column left unread", () => {
    // Endpoint Central's computer details (manageengine.com, desktop-central/help/ec-sdp-integration).
    const diagnostics: Diagnostic[] = []
    const builder = new CsvDeviceBuilder(buildColumnMap(['Computer name', 'Service Tag', 'IPAddress', 'Model', 'Manufacturer'], { file: 'ec.csv', line: 1 }, diagnostics))
    expect(diagnostics).toEqual([])
    expect(builder.build(['WS-0412', 'SCPN1234567', '10.1.4.12', 'MateBook X Pro', 'HUAWEI'], AT2, [])).toEqual({
      id: 'WS-0412', name: 'WS-0412', manufacturer: 'HUAWEI', model: 'MateBook X Pro', serial: 'SCPN1234567', addresses: ['10.1.4.12'],
    })
    // "--", as Endpoint Central writes a field without a value, is no site.
    const located = new CsvDeviceBuilder(buildColumnMap(['Computer name', 'Location'], { file: 'ec.csv', line: 1 }, []))
    expect(located.build(['WS-0413', '--'], AT2, [])).toEqual({ id: 'WS-0413', name: 'WS-0413' })
  })

  it('reads banner columns with a protocol and an optional field', () => {
    expect(resolveColumn('banner_ssh')).toEqual({ kind: 'banner', protocol: 'ssh' })
    expect(resolveColumn('banner_sip_user-agent')).toEqual({ kind: 'banner', protocol: 'sip', field: 'user-agent' })
    expect(resolveColumn('Banner HTTP WWW-Authenticate')).toEqual({ kind: 'banner', protocol: 'http', field: 'www-authenticate' })
    expect(resolveColumn('banner_gopher')).toBeUndefined()
    // as scanner exports and jq name them
    expect(resolveColumn('banner_http.title')).toEqual({ kind: 'banner', protocol: 'http', field: 'title' })
    expect(resolveColumn('SSH Banner')).toEqual({ kind: 'banner', protocol: 'ssh' })
    expect(resolveColumn('banner')).toEqual({ kind: 'banner', protocol: 'other' })
    expect(resolveColumn('HTTP Server')).toEqual({ kind: 'banner', protocol: 'http', field: 'server' })
    expect(resolveColumn('Server Header')).toEqual({ kind: 'banner', protocol: 'http', field: 'server' })
    expect(resolveColumn('Page Title')).toEqual({ kind: 'banner', protocol: 'http', field: 'title' })
    expect(resolveColumn('Gopher Banner')).toBeUndefined()
  })

  it('documents every column with an example, and every example banner column resolves', () => {
    expect(INVENTORY_COLUMNS.map((c) => c.name)).toContain('id')
    for (const c of INVENTORY_COLUMNS) {
      expect(resolveColumn(c.name)).toEqual(c.target)
      for (const a of c.aliases) expect(resolveColumn(a)).toEqual(c.target)
    }
    for (const e of BANNER_COLUMN.examples) expect(resolveColumn(e)?.kind).toBe('banner')
  })
})

describe('buildColumnMap and CsvDeviceBuilder', () => {
  const AT = { file: 'f.csv', line: 2 }

  it('reads each of a device\'s MAC columns, numbered or named by interface, and no column about MACs', () => {
    const macColumns = ['MAC Address 1', 'MAC Address 2', 'MAC1', 'mac_2', 'eth0 MAC', 'wlan0 MAC', 'eth0MAC', 'Alternate MAC Address', 'Alt MAC Address', 'Wired MAC', 'Bluetooth MAC', 'iLO MAC Address', 'Primary MAC', 'Network Adapter MAC', 'Networking - MAC address', 'Network ports MAC address', 'Interfaces MAC']
    for (const h of macColumns) expect(resolveColumn(h), h).toEqual({ kind: 'macs' })
    // A maker looked up from the MAC, counts, flags and Apple's computers are no MACs.
    for (const h of ['MAC Vendor', 'Mac Manufacturer', 'MAC OUI', 'MAC Count', 'MAC Address Count', 'MAC randomized', 'Mac OS', 'Mac OS Version', 'Macintosh', 'iMac', 'AP MAC', 'Switch MAC', 'Gateway MAC']) {
      expect(resolveColumn(h), h).toBeUndefined()
    }
    const diagnostics: Diagnostic[] = []
    const map = buildColumnMap(['Hostname', 'MAC Address 1', 'MAC Address 2'], { file: 'f.csv', line: 1 }, diagnostics)
    expect(diagnostics).toEqual([])
    expect(new CsvDeviceBuilder(map).build(['pc1', '00:e0:fc:00:00:01', '28:8a:1c:00:00:01'], AT, diagnostics)).toMatchObject({ macs: ['00:e0:fc:00:00:01', '28:8a:1c:00:00:01'] })
  })

  it('declares no maker from a manufacturer column whose note says it was looked up from the MAC or names the seller', () => {
    // A scanner's vendor column is its reading of the MAC's block, as `MAC Vendor` is; a reseller is no maker.
    for (const h of ['Vendor (MAC)', 'Manufacturer (OUI)', 'Vendor (from MAC)', 'Manufacturer (MAC address)', 'Hardware Vendor (OUI)', 'Vendor（MAC）', 'Vendor (reseller)', 'Manufacturer (supplier)']) {
      expect(resolveColumn(h), h).toBeUndefined()
    }
    // Other notes are dropped as before, and a word that only begins with "mac" is no MAC.
    for (const h of ['Manufacturer (OEM)', 'Vendor (Macintosh)', 'Manufacturer (as labelled)']) expect(resolveColumn(h), h).toEqual({ kind: 'scalar', field: 'manufacturer' })
    const diagnostics: Diagnostic[] = []
    const map = buildColumnMap(['Name', 'IP', 'Vendor (MAC)', 'Model', 'MAC Address'], { file: 'scan.csv', line: 1 }, diagnostics)
    // An Intel NIC in a Hikvision recorder: the declared maker is the model's, not the NIC's.
    expect(new CsvDeviceBuilder(map).build(['nvr-1', '10.0.0.9', 'Intel Corporate', 'DS-7608NI-K2', '3c:fd:fe:00:00:01'], AT, diagnostics)).toEqual({ id: 'nvr-1', name: 'nvr-1', model: 'DS-7608NI-K2', macs: ['3c:fd:fe:00:00:01'], addresses: ['10.0.0.9'] })
    expect(diagnostics.map((d) => d.code)).toEqual(['unknown_column'])
  })

  it('reads SNMP objects named with their MIB and instance, and a header giving two names of one column', () => {
    expect(resolveColumn('sysDescr.0')).toEqual(resolveColumn('sys_descr'))
    expect(resolveColumn('SNMPv2-MIB::sysObjectID.0')).toEqual(resolveColumn('sys_object_id'))
    expect(resolveColumn('SNMPv2-MIB::sysName.0')).toEqual(resolveColumn('name'))
    expect(resolveColumn('SNMP Object ID')).toEqual(resolveColumn('sys_object_id'))
    // Objects that are no column stay unknown.
    for (const h of ['sysUpTime.0', 'SNMPv2-MIB::sysContact.0', 'ifDescr.1']) expect(resolveColumn(h), h).toBeUndefined()
    expect(resolveColumn('Vendor/Manufacturer')).toEqual(resolveColumn('manufacturer'))
    expect(resolveColumn('Model / Type')).toEqual(resolveColumn('model'))
    // Names of two different columns make none.
    for (const h of ['MAC/IP', 'Manufacturer/Model', 'Site/Rack']) expect(resolveColumn(h), h).toBeUndefined()
  })

  it('maps cells onto a device, joining MAC columns and splitting MACs and components on ";"', () => {
    const diagnostics: Diagnostic[] = []
    const map = buildColumnMap(['id', 'mac', 'macs', 'components', 'lat', 'firmware_version'], { file: 'f.csv', line: 1 }, diagnostics)
    expect(diagnostics).toEqual([])
    const device = new CsvDeviceBuilder(map).build(['d1', '00:e0:fc:00:00:01; 00:e0:fc:00:00:02', '00-E0-FC-00-00-03', 'HiSilicon:Hi3516:soc; :Hi3798:', '50.1', 'V1'], AT, diagnostics)
    expect(device).toEqual({
      id: 'd1', macs: ['00:e0:fc:00:00:01', '00:e0:fc:00:00:02', '00:e0:fc:00:00:03'],
      firmware: { version: 'V1' },
      components: [{ manufacturer: 'HiSilicon', model: 'Hi3516', kind: 'soc' }, { model: 'Hi3798' }],
      lat: 50.1,
    })
    expect(diagnostics).toEqual([])
  })

  it('reads coordinates with a decimal comma, as spreadsheets in many locales write them', () => {
    const map = buildColumnMap(['id', 'lat', 'lon'], { file: 'f.csv', line: 1 }, [])
    const diagnostics: Diagnostic[] = []
    expect(new CsvDeviceBuilder(map).build(['d1', '49,4369', '-7,6003'], AT, diagnostics)).toEqual({ id: 'd1', lat: 49.4369, lon: -7.6003 })
    expect(diagnostics).toEqual([])
  })

  it('reports a non-numeric coordinate and a bad digest with the row\'s location, keeping the rest', () => {
    const diagnostics: Diagnostic[] = []
    const map = buildColumnMap(['id', 'lon', 'firmware_sha256', 'name'], { file: 'f.csv', line: 1 }, [])
    expect(new CsvDeviceBuilder(map).build(['d1', '8°6\'E', 'ab', 'x'], AT, diagnostics)).toEqual({ id: 'd1', name: 'x' })
    expect(diagnostics.map((d) => [d.code, 'field' in d ? d.field : '', d.at])).toEqual([
      ['invalid_field', 'firmware.sha256', AT], ['invalid_field', 'lon', AT],
    ])
  })
})
