/**
 * Inventories exported with headers in Chinese, Japanese, Korean, Russian, Polish and Turkish, in
 * the header shapes of the tools whose labels column-translations.ts reads, each in the code page
 * Excel or the tool saves it in on that language's Windows. The bytes were made with a converter
 * (iconv; Python's codecs for Polish and Turkish) from the text shown beside them.
 */
export type LocalizedInventory = {
  file: string
  /** The encoding `textEncodingOf` should tell. */
  encoding: string
  base64: string
  /** The text the bytes hold. */
  text: string
}

export const LOCALIZED_INVENTORIES: readonly LocalizedInventory[] = [
  {
    // BlueKing CMDB's switch model, exported from a Chinese Windows: GBK.
    file: 'bk-switches.csv',
    encoding: 'gb18030',
    text: '固资编号,名称,SN,用途,厂商,设备型号,管理IP,维护人,运营状态\n' +
      'ZC-0001,核心交换机-1,2102351234ABC,核心,华为技术有限公司,S12708,10.0.0.1,张三,运营中\n' +
      'ZC-0002,接入交换机-2,219801A0ABC,接入,新华三技术有限公司,S5130S-52S-EI,10.0.0.2,李四,运营中\n' +
      'ZC-0003,出口防火墙,,出口,深信服,AF-1000,10.0.0.3,王五,待运营\n',
    base64: 'uczXyrHgusUsw/uzxixTTizTw82+LLOnycwsyeixuNDNusUsudzA7UlQLM6su6TIyyzUy9Oq17TMrApaQy0wMDAxLLrL0MS9u7u7u/otMSwyMTAyMzUxMjM0QUJDLLrL0MQsu6rOqry8yvXT0M/euavLvixTMTI3MDgsMTAuMC4wLjEs1cXI/SzUy9Oq1tAKWkMtMDAwMiy908jrvbu7u7v6LTIsMjE5ODAxQTBBQkMsvdPI6yzQwruqyP28vMr109DP3rmry74sUzUxMzBTLTUyUy1FSSwxMC4wLjAuMizA7svELNTL06rW0ApaQy0wMDAzLLP2v9q3wLvwx70sLLP2v9osye7Qxbf+LEFGLTEwMDAsMTAuMC4wLjMszfXO5Sy0/dTL06oK',
  },
  {
    // Snipe-IT's asset list in traditional Chinese, from a Taiwanese Windows: Big5.
    file: 'snipe-zh-tw.csv',
    encoding: 'big5',
    text: '資產名稱,序號,型號,製造商\n' +
      '台北核心交換器,TPE000001,DGS-3630-28TC,友訊科技股份有限公司\n' +
      '監視攝影機,TPE000002,IPC-HDW1230S,浙江大華技術股份有限公司\n',
    base64: 'uOqyo6ZXutksp8e4uSyrrLi5LLtzs3mw0wqleKVfrtak36XmtKu+uSxUUEUwMDAwMDEsREdTLTM2MzAtMjhUQyykzbBUrOyn3qrRpfems62tpL2lcQq6yrX4xOG8dr73LFRQRTAwMDAwMixJUEMtSERXMTIzMFMsrv2mv6Rqtdin3rNOqtGl96azra2kvaVxCg==',
  },
  {
    // Snipe-IT's asset list in Japanese, from a Japanese Windows: Shift_JIS. The MAC column's
    // header was typed in full-width letters.
    file: 'snipe-ja.csv',
    encoding: 'shift_jis',
    text: '資産名,シリアル,モデル,モデル No.,設置場所,製造元,ＭＡＣアドレス\n' +
      '東京本社ルータ,A1B2C3,UNIVERGE IX,IX2215,東京本社,日本電気株式会社,00:00:4c:12:34:56\n' +
      '大阪支店NAS,40012345,TeraStation,TS5410DN,大阪支店,株式会社バッファロー,4c:e6:76:12:34:56\n' +
      '名古屋サーバ,MJ0ABCDE,PRIMERGY,RX2540 M5,名古屋,富士通（株）,00:0b:5d:12:34:56\n',
    base64: 'jpGOWZa8LINWg4qDQYOLLIOCg2aDiyyDgoNmg4sgTm8uLJDdknWP6o+KLJC7kaKMsyyCbIJggmKDQYNog4yDWAqTjIuelnuO0IOLgVuDXixBMUIyQzMsVU5JVkVSR0UgSVgsSVgyMjE1LJOMi56We47QLJP6lnuTZItDipSOronvjtAsMDA6MDA6NGM6MTI6MzQ6NTYKkeWN4454k1hOQVMsNDAwMTIzNDUsVGVyYVN0YXRpb24sVFM1NDEwRE4skeWN4454k1gsipSOronvjtCDb4Nig3SDQIONgVssNGM6ZTY6NzY6MTI6MzQ6NTYKlryMw4mug1SBW4NvLE1KMEFCQ0RFLFBSSU1FUkdZLFJYMjU0MCBNNSyWvIzDia4slXiObZLKgWmKlIFqLDAwOjBiOjVkOjEyOjM0OjU2Cg==',
  },
  {
    // Snipe-IT's asset list in Korean, from a Korean Windows: EUC-KR.
    file: 'snipe-ko.csv',
    encoding: 'euc-kr',
    text: '자산 명,일련번호,모델,제조업체,MAC 주소\n' +
      '서울-코어-01,2102351234,NE40E-X8,Huawei,00:e0:fc:12:34:56\n' +
      '부산-스위치-01,FOC12345678,C9300-48P,Cisco,\n',
    base64: 'wNq76iC47SzAz7fDufjIoyy48LWoLMGmwba+98O8LE1BQyDB1rzSCrytv+8txNq+7i0wMSwyMTAyMzUxMjM0LE5FNDBFLVg4LEh1YXdlaSwwMDplMDpmYzoxMjozNDo1Ngq6zrvqLb26wKfEoS0wMSxGT0MxMjM0NTY3OCxDOTMwMC00OFAsQ2lzY28sCg==',
  },
  {
    // NetBox's device list in Russian, from a Russian Windows: Windows-1251.
    file: 'netbox-ru.csv',
    encoding: 'windows-1251',
    text: 'Имя,Площадка,Производитель,Тип устройства,Серийный номер\n' +
      'msk-core-01,Москва,Huawei,NE40E-X8,2102351234\n' +
      'nsk-cam-01,Новосибирск,Hikvision,DS-2CD2143G2-I,DS123456\n',
    base64: 'yOz/LM/r7vng5OrgLM/w7ujn4u7k6PLl6/ws0ujvIPPx8vDu6fHy4uAs0eXw6Ont++kg7e7s5fAKbXNrLWNvcmUtMDEszO7x6uLgLEh1YXdlaSxORTQwRS1YOCwyMTAyMzUxMjM0Cm5zay1jYW0tMDEsze7i7vHo4ejw8eosSGlrdmlzaW9uLERTLTJDRDIxNDNHMi1JLERTMTIzNDU2Cg==',
  },
  {
    // NetBox's device list in Polish, opened and saved again by Excel on a Polish Windows:
    // semicolons and Windows-1250.
    file: 'netbox-pl.csv',
    encoding: 'windows-1250',
    text: 'Nazwa;Placówka;Producent;Typ urządzenia;Numer seryjny;Adres MAC\n' +
      'Przełącznik Wrocław;Wrocław Główny;Huawei;S5735-L24T4S-A;2102351234;00:e0:fc:12:34:56\n' +
      'Kamera Łódź;Łódź Bałuty;Hikvision;DS-2CD2143G2-I;DS1234567;\n',
    base64: 'TmF6d2E7UGxhY/N3a2E7UHJvZHVjZW50O1R5cCB1cnq5ZHplbmlhO051bWVyIHNlcnlqbnk7QWRyZXMgTUFDClByemWzuWN6bmlrIFdyb2OzYXc7V3JvY7NhdyBHs/N3bnk7SHVhd2VpO1M1NzM1LUwyNFQ0Uy1BOzIxMDIzNTEyMzQ7MDA6ZTA6ZmM6MTI6MzQ6NTYKS2FtZXJhIKPzZJ87o/NknyBCYbN1dHk7SGlrdmlzaW9uO0RTLTJDRDIxNDNHMi1JO0RTMTIzNDU2NzsK',
  },
  {
    // NetBox's device list in Turkish, saved again by Excel on a Turkish Windows: semicolons
    // and Windows-1254.
    file: 'netbox-tr.csv',
    encoding: 'windows-1254',
    text: 'İsim;Site;Üretici;Cihaz Türü;Seri Numarası;MAC Adresi\n' +
      'Erişim anahtarı Kadıköy;İstanbul Kadıköy;Huawei;S5735-L24T4S-A;2102351234;00:e0:fc:12:34:56\n' +
      'Giriş kamerası;Eskişehir Odunpazarı;Hikvision;DS-2CD2143G2-I;DS1234567;\n',
    base64: '3XNpbTtTaXRlO9xyZXRpY2k7Q2loYXogVPxy/DtTZXJpIE51bWFyYXP9O01BQyBBZHJlc2kKRXJp/mltIGFuYWh0YXL9IEthZP1r9nk73XN0YW5idWwgS2Fk/Wv2eTtIdWF3ZWk7UzU3MzUtTDI0VDRTLUE7MjEwMjM1MTIzNDswMDplMDpmYzoxMjozNDo1NgpHaXJp/iBrYW1lcmFz/TtFc2tp/mVoaXIgT2R1bnBhemFy/TtIaWt2aXNpb247RFMtMkNEMjE0M0cyLUk7RFMxMjM0NTY3Owo=',
  },
]
