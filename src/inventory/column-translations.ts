/**
 * Column headers of inventories exported from tools whose interface is in Chinese, Japanese,
 * Korean, Russian or a European language (German, French, Italian, Spanish, Portuguese, Dutch,
 * Polish, Turkish, Ukrainian, Czech), by the column they fill (see `INVENTORY_COLUMNS` in columns.ts).
 *
 * Each string is one a tool writes: a table label of a translated inventory tool, whose CSV export
 * of a list heads each column with the label the list shows, or a field name of an import or
 * export format. Sources:
 *
 * - NetBox 4: netbox/translations/{zh,ja,ko,ru,de,fr,it,es,pt,nl,pl,tr,uk,cs}/LC_MESSAGES/django.po,
 *   the labels of the device table (netbox/dcim/tables/devices.py): Name, Site, Tenant,
 *   Manufacturer, Type, Device type, Serial number, MAC address, latitude, longitude
 *   (github.com/netbox-community/netbox). The European files were read in part: French Site and
 *   Italian Tenant are the English words; Type in French and Dutch, Site in Portuguese, Dutch and
 *   Turkish, Tenant in Dutch, Polish, Ukrainian and Czech, and latitude and longitude but in
 *   German are not here.
 * - Snipe-IT: resources/lang/{zh-CN,zh-TW,ja-JP,ko-KR,ru-RU}/admin/hardware/form.php and general.php,
 *   and resources/lang/{de-DE,fr-FR,it-IT,es-ES,pt-PT,pt-BR,nl-NL,pl-PL,tr-TR,uk-UA,cs-CZ}/admin/hardware/form.php
 *   and table.php, the asset list's labels (github.com/snipe/snipe-it).
 * - BlueKing CMDB: the built-in switch, router, firewall and load balancer models and the host
 *   model, whose property names head its Excel exports and imports
 *   (src/scene_server/admin_server/upgrader/v3.0.8/objAttDescData.go, github.com/TencentBlueKing/bk-cmdb).
 * - Hitachi JP1/IT Desktop Management 2: the hardware asset items and the mapping keys of their CSV
 *   import and export (itpfdoc.hitachi.co.jp/manuals/3021/30213E1230/DMDS0111.HTM and DMDS0117.HTM).
 * - Fujitsu Systemwalker Desktop Patrol: the device information file, a CSV
 *   (software.fujitsu.com/jp/manual/manualfiles/m220003/b1wd3553/01z200/b3553-00-02-07-02.html).
 * - Checker series (hardware asset management): the hardware list's CSV download
 *   (checker-series.zendesk.com/hc/ja/articles/10900353077903).
 * - Microsoft Managed Desktop: the device inventory report, exported from its Devices view
 *   (MicrosoftDocs/microsoft-365-docs-pr.{de-DE,fr-FR,it-IT}, device-inventory-report.md).
 * - iTop (Combodo's CMDB): the labels of a physical device's brand, model and location, which head
 *   the columns of its CSV and Excel exports (datamodels/2.x/itop-config-mgmt/dictionaries/
 *   {fr,es_cr,de,pt_br,zh_cn,ru,nl,pl,tr}.dict.itop-config-mgmt.php, github.com/Combodo/iTop:
 *   Class:PhysicalDevice/Attribute:brand_id, brand_name, model_name, serialnumber, location_id,
 *   location_name). A brand is the manufacturer column, as the English `brand` is.
 * - GLPI Agent's toolbox: the French labels of its network scan results (share/html/toolbox/
 *   results-language-fr.txt, github.com/glpi-project/glpi-agent): Nom ou IP, Localisation,
 *   Fabriquant (a spelling many French sheets use too), Modèle, Numéro de série, Adresse MAC.
 *
 * Headers are matched as the English ones are (columns.ts): after Unicode NFKC, so full-width
 * letters and half-width katakana match (`ＭＡＣアドレス`, `ｼﾘｱﾙ番号`), on letters and digits only,
 * without case, a note in parentheses dropped (`シリアル番号（BIOS）`). Accents count: `Número de
 * Série` (Portuguese) and `Número de serie` (Spanish) are two headers.
 *
 * Left out: role columns (NetBox's 角色, ロール, 역할, Роль, Rolle hold role names in the user's
 * language, which trustpath's roles do not read); Location where a translation gives it the word
 * of the rack position too (NetBox zh: 位置 for both Location and Position; NetBox it: Posizione
 * for Position and for "Location (slug)"), and NetBox's Location in the other languages, a part of
 * the site that the Site column beside it names; NetBox's Platform, which holds an operating
 * system there and which German NetBox calls Betriebssystem, the header other tools give an
 * operating system column; Snipe-IT fr's serial number "Série", the word of a product series too;
 * and asset tags, which no column reads.
 */
export const TRANSLATED_HEADERS = {
  /** BlueKing: 固资编号 (bk_asset_id, required and unique); JP1 and Systemwalker: 資産管理番号. */
  id: ['固资编号', '資産管理番号'],
  /**
   * NetBox: 名称, 名前, 이름, Имя; Snipe-IT: 资产名称, 資產名稱, 資産名, アセット名, 자산 명, Имя актива;
   * BlueKing: 名称, 主机名称 (a host's name); JP1: 機器名称, ホスト名; Checker: 端末名.
   * NetBox fr Nom, it and pt Nome, es Nombre, nl Naam, pl Nazwa, tr İsim, uk Назва, cs Jméno (de: Name);
   * Snipe-IT's asset name: fr Nom de l'actif, it Nome Bene, es Equipo, pt Nome do Ativo, nl Asset
   * naam, pl Nazwa nabytku, tr Demirbaş Adı, uk Назва активу, cs Název majetku (de: Asset Name).
   * Microsoft's device lists: the Device Name of Microsoft Managed Desktop's device export is de
   * Gerätename, fr Nom de l’appareil, it Nome dispositivo (MicrosoftDocs/microsoft-365-docs-pr.{de-DE,
   * fr-FR,it-IT}, microsoft-365/managed-desktop/working-with-managed-desktop/device-inventory-report.md).
   */
  name: [
    '名称', '资产名称', '主机名称', '資產名稱', '名前', '資産名', 'アセット名', '機器名称', 'ホスト名', '端末名', '이름', '자산 명', 'Имя', 'Имя актива',
    'Nom', 'Nome', 'Nombre', 'Naam', 'Nazwa', 'İsim', 'Назва', 'Jméno',
    "Nom de l'actif", 'Nome Bene', 'Equipo', 'Nome do Ativo', 'Asset naam', 'Nazwa nabytku', 'Demirbaş Adı', 'Назва активу', 'Název majetku',
    'Gerätename', 'Nom de l’appareil', 'Nome dispositivo', 'Nom ou IP',
  ],
  /** Addresses, names of last resort: BlueKing's 管理IP (a switch's) and 内网IP (a host's); JP1 and Checker: IPアドレス. */
  address: ['管理IP', '内网IP', 'IPアドレス'],
  /**
   * NetBox's Site: 站点, サイト, 사이트, Площадка, de Standort, it Sito, es Sitio, pl Placówka, uk Тех.
   * майданчик, cs Lokalita (fr: Site); Snipe-IT's location: ja 設置場所, de Standort, fr Lieu, it Sede;
   * iTop's location (a site there) and its name: fr Nom site, es Nombre Localidad, pt-BR Localidade,
   * Nome localidade; GLPI Agent's toolbox (fr): Localisation.
   */
  site: ['站点', 'サイト', '사이트', 'Площадка', '設置場所', 'Standort', 'Sito', 'Sitio', 'Placówka', 'Тех. майданчик', 'Lokalita', 'Lieu', 'Sede', 'Nom site', 'Nombre Localidad', 'Localidade', 'Nome localidade', 'Localisation'],
  /** NetBox's Tenant: zh, ja, de Mandant, fr Entité, es and pt Inquilino, tr Kiracı (it, nl: Tenant). */
  network: ['租户', 'テナント', 'Mandant', 'Entité', 'Inquilino', 'Kiracı'],
  /**
   * NetBox: 厂商, メーカ, 제조사, Производитель; Snipe-IT: 制造商, 生产厂家, 製造商, 製造元, 제조업체;
   * BlueKing: 厂商 (bk_vendor); Systemwalker: メーカ名; Checker: 製造元. NetBox and Snipe-IT alike:
   * de Hersteller, fr Fabricant, it Produttore, es and pt Fabricante, nl Fabrikant, pl Producent,
   * tr Üretici, uk Виробник, cs Výrobce. iTop's brand and brand name: fr Marque, Nom Marque;
   * es Marca, Nombre Marca; de Marke, Markenname; zh 品牌, 品牌名称; ru Бренд; nl Merk, Naam merk;
   * pl Marka, Nazwa marki; tr Marka, Marka Adı; pt-BR Fabricante, Nome fabricante. GLPI Agent's
   * toolbox (fr): Fabriquant.
   */
  manufacturer: [
    '厂商', '制造商', '生产厂家', '製造商', 'メーカ', 'メーカ名', '製造元', '제조사', '제조업체', 'Производитель',
    'Hersteller', 'Fabricant', 'Produttore', 'Fabricante', 'Fabrikant', 'Producent', 'Üretici', 'Виробник', 'Výrobce',
    'Marque', 'Nom Marque', 'Marca', 'Nombre Marca', 'Marke', 'Markenname', '品牌', '品牌名称', 'Бренд', 'Merk', 'Naam merk',
    'Marka', 'Nazwa marki', 'Marka Adı', 'Nome fabricante', 'Fabriquant',
  ],
  /** Model numbers: Snipe-IT's 型号编码 and モデル No.; Checker's 型番. */
  modelNumber: ['型号编码', 'モデル No.', '型番'],
  /**
   * Models: Snipe-IT: 型号, 型號, モデル, モデル名, 모델, Модель; BlueKing: 设备型号 (bk_model);
   * Systemwalker: モデル名; NetBox's Device type: 设备型号, デバイスタイプ, 장비 유형, Тип устройства.
   * Snipe-IT's model: de Modell, fr Modèle, it Modello, es and pt Modelo, uk Модель (nl, pl, tr, cs:
   * Model). NetBox's Device type, after the models: de Gerätetyp, fr Type d'appareil, it Tipo di
   * dispositivo, es and pt Tipo de dispositivo, nl Soort apparaat, pl Typ urządzenia, tr Cihaz Türü
   * and Cihaz tipi, uk Тип пристрою, cs Typ zařízení. iTop's model name: fr Nom Modèle, es Nombre
   * Modelo, pt-BR Nome modelo.
   */
  model: [
    '型号', '型號', 'モデル', 'モデル名', '모델', 'Модель', 'Modell', 'Modèle', 'Modello', 'Modelo',
    'Nom Modèle', 'Nombre Modelo', 'Nome modelo',
    '设备型号', 'デバイスタイプ', '장비 유형', 'Тип устройства',
    'Gerätetyp', "Type d'appareil", 'Tipo di dispositivo', 'Tipo de dispositivo', 'Soort apparaat', 'Typ urządzenia', 'Cihaz Türü', 'Cihaz tipi', 'Тип пристрою', 'Typ zařízení',
  ],
  /**
   * NetBox's Type (the device type in its device list; a category in other tools): ranked last, as
   * `type`. zh, ja, ko; de, pl, cs Typ; it, es, pt Tipo; tr Tür; uk Тип.
   */
  type: ['类型', 'タイプ', '유형', 'Typ', 'Tipo', 'Tür', 'Тип'],
  /**
   * NetBox: 序列号, シリアル番号, 시리얼 번호, Серийный номер; Snipe-IT: 序列号, 序號, シリアル, 일련번호, Серийный номер;
   * JP1: シリアルナンバー; Systemwalker and Checker: シリアル番号. NetBox (and Snipe-IT where the same):
   * de Seriennummer, fr Numéro de série, it Numero di serie, es Número de serie, pt Número de Série,
   * nl Serienummer, pl Numer seryjny, tr Seri Numarası, uk Серійний номер, cs Sériové číslo;
   * Snipe-IT: it Seriale, es N. Serie, pt-PT Nº de Série, tr Seri No, uk Серійник (pt-BR: Serial).
   * iTop pt-BR: Número serial.
   */
  serial: [
    '序列号', '序號', 'シリアル番号', 'シリアルナンバー', 'シリアル', '시리얼 번호', '일련번호', 'Серийный номер',
    'Seriennummer', 'Numéro de série', 'Numero di serie', 'Número de serie', 'Número de Série', 'Serienummer', 'Numer seryjny', 'Seri Numarası', 'Серійний номер', 'Sériové číslo',
    'Seriale', 'N. Serie', 'Nº de Série', 'Seri No', 'Серійник', 'Número serial',
  ],
  /**
   * Snipe-IT: MAC地址, MACアドレス, MAC 주소, MAC Адрес; NetBox: MAC 地址, MAC アドレス, MAC 주소,
   * MAC-адрес (the same headers without the space or dash); BlueKing: 内网MAC地址, 外网MAC; JP1:
   * MACアドレス; Checker: 物理アドレス(MAC). NetBox and Snipe-IT alike: de MAC-Adresse, fr Adresse MAC,
   * it Indirizzo MAC (Snipe-IT it: MAC Address), es Dirección MAC (Snipe-IT es: MAC Dirección),
   * pt Endereço MAC, nl MAC-adres, pl Adres MAC, tr MAC Adresi, uk MAC-адреса, cs MAC adresa.
   * Angry IP Scanner in German: MAC Addresse (its fetcher.mac, resources/messages_de.properties).
   */
  macs: [
    'MAC地址', '内网MAC地址', '外网MAC', 'MACアドレス', '物理アドレス', 'MAC 주소', 'MAC-адрес',
    'MAC-Adresse', 'Adresse MAC', 'Indirizzo MAC', 'Dirección MAC', 'MAC Dirección', 'Endereço MAC', 'MAC-adres', 'Adres MAC', 'MAC Adresi', 'MAC-адреса', 'MAC adresa',
    'MAC Addresse',
  ],
  /** BlueKing: 用途 (bk_func), what a switch or router is used for. */
  purpose: ['用途'],
  /** NetBox ja and de: latitude and longitude (Breitengrad, Längengrad). */
  lat: ['緯度', 'Breitengrad'],
  lon: ['経度', 'Längengrad'],
} as const satisfies Record<string, readonly string[]>
