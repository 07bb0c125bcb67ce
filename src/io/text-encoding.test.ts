import { describe, expect, it } from 'vitest'
import { decodeWindows1252, textEncodingOf } from './text-encoding.js'

/**
 * Short inventories as Excel saves "CSV" on a Windows of each language: a header (NetBox's or
 * Snipe-IT's labels where the tools have them) and a few rows of names, sites, makers and device
 * types. The bytes were made with a converter (Python's codecs cp1250, cp1254, cp1252, cp1251)
 * from the text beside them. `toldFrom`: the number of rows under the header from which the code
 * page is told; with fewer the text is read as Windows-1252.
 */
type Sample = { language: string; encoding: string; toldFrom?: number; text: string; base64: string }

const SAMPLES: readonly Sample[] = [
  {
    language: 'Polish', encoding: 'windows-1250', toldFrom: 1,
    text: 'Nazwa;Placówka;Producent;Typ urządzenia;Numer seryjny\n' +
      'sw-wro-01;Wrocław Główny;Huawei;S5735-L24T4S-A;2102351234\n' +
      'rt-lodz-01;Łódź Bałuty;Cisco;ISR4331;FDO2211A0BC\n' +
      'cam-gda-02;Gdańsk Oliwa;Hikvision;DS-2CD2143G2-I;DS1234567\n' +
      'ap-krk-03;Kraków Śródmieście;Ubiquiti;U6-Pro;F4E2C6000001\n' +
      'fw-poz-01;Poznań Jeżyce;Fortinet;FG-60F;FGT60FTK2109\n',
    base64: 'TmF6d2E7UGxhY/N3a2E7UHJvZHVjZW50O1R5cCB1cnq5ZHplbmlhO051bWVyIHNlcnlqbnkKc3ctd3JvLTAxO1dyb2OzYXcgR7Pzd255O0h1YXdlaTtTNTczNS1MMjRUNFMtQTsyMTAyMzUxMjM0CnJ0LWxvZHotMDE7o/NknyBCYbN1dHk7Q2lzY287SVNSNDMzMTtGRE8yMjExQTBCQwpjYW0tZ2RhLTAyO0dkYfFzayBPbGl3YTtIaWt2aXNpb247RFMtMkNEMjE0M0cyLUk7RFMxMjM0NTY3CmFwLWtyay0wMztLcmFr83cgjHLzZG1pZZxjaWU7VWJpcXVpdGk7VTYtUHJvO0Y0RTJDNjAwMDAwMQpmdy1wb3otMDE7UG96bmHxIEplv3ljZTtGb3J0aW5ldDtGRy02MEY7RkdUNjBGVEsyMTA5Cg==',
  },
  {
    language: 'Czech', encoding: 'windows-1250', toldFrom: 0,
    text: 'Jméno,Lokalita,Výrobce,Typ zařízení,Sériové číslo\n' +
      'sw-prg-01,Praha Smíchov,Huawei,Přístupový přepínač,2102351234\n' +
      'rt-brn-01,Brno střed,Cisco,Směrovač jádra,FDO2211A0BC\n' +
      'cam-cb-02,České Budějovice,Hikvision,Kamera vstup,DS1234567\n' +
      'ap-plz-03,Plzeň Doubravka,Ubiquiti,Přístupový bod,F4E2C6000001\n' +
      'fw-ost-01,Ostrava Poruba,Fortinet,Brána firewall,FGT60FTK2109\n',
    base64: 'Sm3pbm8sTG9rYWxpdGEsVv1yb2JjZSxUeXAgemH47Xplbu0sU+lyaW926SDo7XNsbwpzdy1wcmctMDEsUHJhaGEgU23tY2hvdixIdWF3ZWksUPjtc3R1cG92/SBw+GVw7W5h6CwyMTAyMzUxMjM0CnJ0LWJybi0wMSxCcm5vIHN0+GVkLENpc2NvLFNt7HJvdmHoIGrhZHJhLEZETzIyMTFBMEJDCmNhbS1jYi0wMizIZXNr6SBCdWTsam92aWNlLEhpa3Zpc2lvbixLYW1lcmEgdnN0dXAsRFMxMjM0NTY3CmFwLXBsei0wMyxQbHpl8iBEb3VicmF2a2EsVWJpcXVpdGksUPjtc3R1cG92/SBib2QsRjRFMkM2MDAwMDAxCmZ3LW9zdC0wMSxPc3RyYXZhIFBvcnViYSxGb3J0aW5ldCxCcuFuYSBmaXJld2FsbCxGR1Q2MEZUSzIxMDkK',
  },
  {
    language: 'Slovak', encoding: 'windows-1250', toldFrom: 1,
    text: 'Názov,Lokalita,Výrobca,Typ zariadenia,Sériové číslo\n' +
      'sw-ba-01,Bratislava Petržalka,Huawei,Prístupový prepínač,2102351234\n' +
      'rt-ke-01,Košice Staré Mesto,Cisco,Smerovač jadra,FDO2211A0BC\n' +
      'cam-za-02,Žilina Vlčince,Hikvision,Kamera vchod,DS1234567\n' +
      'ap-pi-03,Piešťany kúpele,Ubiquiti,Prístupový bod,F4E2C6000001\n' +
      'fw-tn-01,Trenčín Juh,Fortinet,Brána firewall,FGT60FTK2109\n',
    base64: 'TuF6b3YsTG9rYWxpdGEsVv1yb2JjYSxUeXAgemFyaWFkZW5pYSxT6XJpb3bpIOjtc2xvCnN3LWJhLTAxLEJyYXRpc2xhdmEgUGV0cp5hbGthLEh1YXdlaSxQcu1zdHVwb3b9IHByZXDtbmHoLDIxMDIzNTEyMzQKcnQta2UtMDEsS2+aaWNlIFN0YXLpIE1lc3RvLENpc2NvLFNtZXJvdmHoIGphZHJhLEZETzIyMTFBMEJDCmNhbS16YS0wMiyOaWxpbmEgVmzoaW5jZSxIaWt2aXNpb24sS2FtZXJhIHZjaG9kLERTMTIzNDU2NwphcC1waS0wMyxQaWWanWFueSBr+nBlbGUsVWJpcXVpdGksUHLtc3R1cG92/SBib2QsRjRFMkM2MDAwMDAxCmZ3LXRuLTAxLFRyZW7o7W4gSnVoLEZvcnRpbmV0LEJy4W5hIGZpcmV3YWxsLEZHVDYwRlRLMjEwOQo=',
  },
  {
    language: 'Hungarian', encoding: 'windows-1250', toldFrom: 3,
    text: 'Név;Telephely;Gyártó;Eszköz típusa;Sorozatszám\n' +
      'sw-bp-01;Budapest Főépület;Huawei;Hozzáférési kapcsoló;2102351234\n' +
      'rt-gyr-01;Győr központ;Cisco;Útválasztó;FDO2211A0BC\n' +
      'cam-db-02;Debrecen bejárat;Hikvision;Kamera külső;DS1234567\n' +
      'fw-pcs-01;Pécs szerverterem;Fortinet;Tűzfal;FGT60FTK2109\n' +
      'ap-szg-03;Szeged könyvtár;Ubiquiti;Vezeték nélküli hozzáférési pont;F4E2C6000001\n',
    base64: 'Tul2O1RlbGVwaGVseTtHeeFydPM7RXN6a/Z6IHTtcHVzYTtTb3JvemF0c3rhbQpzdy1icC0wMTtCdWRhcGVzdCBG9elw/GxldDtIdWF3ZWk7SG96euFm6XLpc2kga2FwY3NvbPM7MjEwMjM1MTIzNApydC1neXItMDE7R3n1ciBr9npwb250O0Npc2NvO9p0duFsYXN6dPM7RkRPMjIxMUEwQkMKY2FtLWRiLTAyO0RlYnJlY2VuIGJlauFyYXQ7SGlrdmlzaW9uO0thbWVyYSBr/Gxz9TtEUzEyMzQ1NjcKZnctcGNzLTAxO1DpY3Mgc3plcnZlcnRlcmVtO0ZvcnRpbmV0O1T7emZhbDtGR1Q2MEZUSzIxMDkKYXAtc3pnLTAzO1N6ZWdlZCBr9m55dnThcjtVYmlxdWl0aTtWZXpldOlrIG7pbGv8bGkgaG96euFm6XLpc2kgcG9udDtGNEUyQzYwMDAwMDEK',
  },
  {
    language: 'Romanian', encoding: 'windows-1250', toldFrom: 1,
    text: 'Nume,Locaţie,Producător,Tip dispozitiv,Număr de serie\n' +
      'sw-tm-01,Timişoara sediu,Huawei,Comutator de acces,2102351234\n' +
      'rt-ct-01,Constanţa port,Cisco,Router principal,FDO2211A0BC\n' +
      'cam-bv-02,Braşov intrare,Hikvision,Cameră exterioară,DS1234567\n' +
      'fw-b-01,Bucureşti centru,Fortinet,Firewall,FGT60FTK2109\n',
    base64: 'TnVtZSxMb2Nh/mllLFByb2R1Y+N0b3IsVGlwIGRpc3Bveml0aXYsTnVt43IgZGUgc2VyaWUKc3ctdG0tMDEsVGltabpvYXJhIHNlZGl1LEh1YXdlaSxDb211dGF0b3IgZGUgYWNjZXMsMjEwMjM1MTIzNApydC1jdC0wMSxDb25zdGFu/mEgcG9ydCxDaXNjbyxSb3V0ZXIgcHJpbmNpcGFsLEZETzIyMTFBMEJDCmNhbS1idi0wMixCcmG6b3YgaW50cmFyZSxIaWt2aXNpb24sQ2FtZXLjIGV4dGVyaW9hcuMsRFMxMjM0NTY3CmZ3LWItMDEsQnVjdXJlunRpIGNlbnRydSxGb3J0aW5ldCxGaXJld2FsbCxGR1Q2MEZUSzIxMDkK',
  },
  {
    language: 'Croatian', encoding: 'windows-1250', toldFrom: 0,
    text: 'Naziv,Lokacija,Proizvođač,Vrsta uređaja,Serijski broj\n' +
      'sw-zg-01,Zagreb Trešnjevka,Huawei,Pristupni preklopnik,2102351234\n' +
      'rt-os-01,Osijek središte,Cisco,Usmjerivač jezgre,FDO2211A0BC\n' +
      'cam-ck-02,Čakovec ulaz,Hikvision,Kamera ulaz,DS1234567\n' +
      'fw-dj-01,Đakovo poslovnica,Fortinet,Vatrozid,FGT60FTK2109\n',
    base64: 'TmF6aXYsTG9rYWNpamEsUHJvaXp2b/Bh6CxWcnN0YSB1cmXwYWphLFNlcmlqc2tpIGJyb2oKc3ctemctMDEsWmFncmViIFRyZZpuamV2a2EsSHVhd2VpLFByaXN0dXBuaSBwcmVrbG9wbmlrLDIxMDIzNTEyMzQKcnQtb3MtMDEsT3NpamVrIHNyZWRpmnRlLENpc2NvLFVzbWplcml2YeggamV6Z3JlLEZETzIyMTFBMEJDCmNhbS1jay0wMizIYWtvdmVjIHVsYXosSGlrdmlzaW9uLEthbWVyYSB1bGF6LERTMTIzNDU2Nwpmdy1kai0wMSzQYWtvdm8gcG9zbG92bmljYSxGb3J0aW5ldCxWYXRyb3ppZCxGR1Q2MEZUSzIxMDkK',
  },
  {
    language: 'Turkish', encoding: 'windows-1254', toldFrom: 0,
    text: 'İsim;Site;Üretici;Cihaz Türü;Seri Numarası\n' +
      'sw-ist-01;İstanbul Kadıköy;Huawei;Erişim anahtarı;2102351234\n' +
      'rt-izm-01;İzmir Bornova;Cisco;Çekirdek yönlendirici;FDO2211A0BC\n' +
      'cam-ank-02;Ankara Çankaya;Hikvision;Giriş kamerası;DS1234567\n' +
      'fw-bur-01;Bursa Nilüfer;Fortinet;Güvenlik duvarı;FGT60FTK2109\n' +
      'ap-esk-03;Eskişehir Odunpazarı;Ubiquiti;Kablosuz erişim noktası;F4E2C6000001\n',
    base64: '3XNpbTtTaXRlO9xyZXRpY2k7Q2loYXogVPxy/DtTZXJpIE51bWFyYXP9CnN3LWlzdC0wMTvdc3RhbmJ1bCBLYWT9a/Z5O0h1YXdlaTtFcmn+aW0gYW5haHRhcv07MjEwMjM1MTIzNApydC1pem0tMDE73XptaXIgQm9ybm92YTtDaXNjbzvHZWtpcmRlayB59m5sZW5kaXJpY2k7RkRPMjIxMUEwQkMKY2FtLWFuay0wMjtBbmthcmEgx2Fua2F5YTtIaWt2aXNpb247R2lyaf4ga2FtZXJhc/07RFMxMjM0NTY3CmZ3LWJ1ci0wMTtCdXJzYSBOaWz8ZmVyO0ZvcnRpbmV0O0f8dmVubGlrIGR1dmFy/TtGR1Q2MEZUSzIxMDkKYXAtZXNrLTAzO0Vza2n+ZWhpciBPZHVucGF6YXL9O1ViaXF1aXRpO0thYmxvc3V6IGVyaf5pbSBub2t0YXP9O0Y0RTJDNjAwMDAwMQo=',
  },
  {
    language: 'French', encoding: 'windows-1252',
    text: 'Nom;Site;Fabricant;Type d\'appareil;Numéro de série\n' +
      'sw-par-01;Paris Bâtiment A;Huawei;Commutateur d\'accès;2102351234\n' +
      'rt-lyo-01;Lyon Part-Dieu;Cisco;Routeur cœur de réseau;FDO2211A0BC\n' +
      'cam-gen-02;Genève entrée;Hikvision;Caméra extérieure;DS1234567\n' +
      'fw-bes-01;Besançon salle serveur 2ème étage;Fortinet;Pare-feu;FGT60FTK2109\n' +
      'ap-orl-03;Orléans où l\'accueil;Ubiquiti;Borne Wi-Fi;F4E2C6000001\n',
    base64: 'Tm9tO1NpdGU7RmFicmljYW50O1R5cGUgZCdhcHBhcmVpbDtOdW3pcm8gZGUgc+lyaWUKc3ctcGFyLTAxO1BhcmlzIELidGltZW50IEE7SHVhd2VpO0NvbW11dGF0ZXVyIGQnYWNj6HM7MjEwMjM1MTIzNApydC1seW8tMDE7THlvbiBQYXJ0LURpZXU7Q2lzY287Um91dGV1ciBjnHVyIGRlIHLpc2VhdTtGRE8yMjExQTBCQwpjYW0tZ2VuLTAyO0dlbuh2ZSBlbnRy6WU7SGlrdmlzaW9uO0NhbelyYSBleHTpcmlldXJlO0RTMTIzNDU2Nwpmdy1iZXMtMDE7QmVzYW7nb24gc2FsbGUgc2VydmV1ciAy6G1lIOl0YWdlO0ZvcnRpbmV0O1BhcmUtZmV1O0ZHVDYwRlRLMjEwOQphcC1vcmwtMDM7T3Js6WFucyBv+SBsJ2FjY3VlaWw7VWJpcXVpdGk7Qm9ybmUgV2ktRmk7RjRFMkM2MDAwMDAxCg==',
  },
  {
    language: 'German', encoding: 'windows-1252',
    text: 'Name;Standort;Hersteller;Gerätetyp;Seriennummer\n' +
      'sw-muc-01;München Büro;Huawei;Zugangsswitch;2102351234\n' +
      'rt-dus-01;Düsseldorf Rechenzentrum;Cisco;Kernrouter;FDO2211A0BC\n' +
      'cam-koe-02;Köln Außenbereich;Hikvision;Kamera Außen;DS1234567\n' +
      'fw-nue-01;Nürnberg Schaltschrank Nord – Raum 3;Fortinet;Firewall;FGT60FTK2109\n' +
      'ap-zrh-03;Zürich Straße 5, Größe 10 m³;Ubiquiti;WLAN-Zugangspunkt;F4E2C6000001\n',
    base64: 'TmFtZTtTdGFuZG9ydDtIZXJzdGVsbGVyO0dlcuR0ZXR5cDtTZXJpZW5udW1tZXIKc3ctbXVjLTAxO038bmNoZW4gQvxybztIdWF3ZWk7WnVnYW5nc3N3aXRjaDsyMTAyMzUxMjM0CnJ0LWR1cy0wMTtE/HNzZWxkb3JmIFJlY2hlbnplbnRydW07Q2lzY287S2VybnJvdXRlcjtGRE8yMjExQTBCQwpjYW0ta29lLTAyO0v2bG4gQXXfZW5iZXJlaWNoO0hpa3Zpc2lvbjtLYW1lcmEgQXXfZW47RFMxMjM0NTY3CmZ3LW51ZS0wMTtO/HJuYmVyZyBTY2hhbHRzY2hyYW5rIE5vcmQgliBSYXVtIDM7Rm9ydGluZXQ7RmlyZXdhbGw7RkdUNjBGVEsyMTA5CmFwLXpyaC0wMzta/HJpY2ggU3RyYd9lIDUsIEdy9t9lIDEwIG2zO1ViaXF1aXRpO1dMQU4tWnVnYW5nc3B1bmt0O0Y0RTJDNjAwMDAwMQo=',
  },
  {
    language: 'Spanish', encoding: 'windows-1252',
    text: 'Nombre;Sitio;Fabricante;Tipo de dispositivo;Número de serie\n' +
      'sw-mad-01;Madrid Edificio Año 2020;Huawei;Conmutador de acceso;2102351234\n' +
      'rt-bcn-01;Barcelona Sótano;Cisco;Enrutador núcleo;FDO2211A0BC\n' +
      'cam-mal-02;Málaga entrada;Hikvision;Cámara exterior ¿revisar?;DS1234567\n' +
      'fw-cor-01;A Coruña planta 2ª;Fortinet;Cortafuegos;FGT60FTK2109\n' +
      'ap-sev-03;Sevilla Nº 3 Peñalver;Ubiquiti;Punto de acceso inalámbrico;F4E2C6000001\n',
    base64: 'Tm9tYnJlO1NpdGlvO0ZhYnJpY2FudGU7VGlwbyBkZSBkaXNwb3NpdGl2bztO+m1lcm8gZGUgc2VyaWUKc3ctbWFkLTAxO01hZHJpZCBFZGlmaWNpbyBB8W8gMjAyMDtIdWF3ZWk7Q29ubXV0YWRvciBkZSBhY2Nlc287MjEwMjM1MTIzNApydC1iY24tMDE7QmFyY2Vsb25hIFPzdGFubztDaXNjbztFbnJ1dGFkb3IgbvpjbGVvO0ZETzIyMTFBMEJDCmNhbS1tYWwtMDI7TeFsYWdhIGVudHJhZGE7SGlrdmlzaW9uO0PhbWFyYSBleHRlcmlvciC/cmV2aXNhcj87RFMxMjM0NTY3CmZ3LWNvci0wMTtBIENvcnXxYSBwbGFudGEgMqo7Rm9ydGluZXQ7Q29ydGFmdWVnb3M7RkdUNjBGVEsyMTA5CmFwLXNldi0wMztTZXZpbGxhIE66IDMgUGXxYWx2ZXI7VWJpcXVpdGk7UHVudG8gZGUgYWNjZXNvIGluYWzhbWJyaWNvO0Y0RTJDNjAwMDAwMQo=',
  },
  {
    language: 'Portuguese', encoding: 'windows-1252',
    text: 'Nome;Local;Fabricante;Tipo de dispositivo;Número de Série\n' +
      'sw-lis-01;Lisboa Conceição;Huawei;Comutador de acesso;2102351234\n' +
      'rt-por-01;Porto São João;Cisco;Roteador principal;FDO2211A0BC\n' +
      'cam-gui-02;Guimarães entrada;Hikvision;Câmera externa;DS1234567\n' +
      'fw-bra-01;Braga órgão central;Fortinet;Firewall;FGT60FTK2109\n' +
      'ap-fa-03;Faro Administração;Ubiquiti;Ponto de acesso sem fio;F4E2C6000001\n',
    base64: 'Tm9tZTtMb2NhbDtGYWJyaWNhbnRlO1RpcG8gZGUgZGlzcG9zaXRpdm87TvptZXJvIGRlIFPpcmllCnN3LWxpcy0wMTtMaXNib2EgQ29uY2Vp5+NvO0h1YXdlaTtDb211dGFkb3IgZGUgYWNlc3NvOzIxMDIzNTEyMzQKcnQtcG9yLTAxO1BvcnRvIFPjbyBKb+NvO0Npc2NvO1JvdGVhZG9yIHByaW5jaXBhbDtGRE8yMjExQTBCQwpjYW0tZ3VpLTAyO0d1aW1hcuNlcyBlbnRyYWRhO0hpa3Zpc2lvbjtD4m1lcmEgZXh0ZXJuYTtEUzEyMzQ1NjcKZnctYnJhLTAxO0JyYWdhIPNyZ+NvIGNlbnRyYWw7Rm9ydGluZXQ7RmlyZXdhbGw7RkdUNjBGVEsyMTA5CmFwLWZhLTAzO0Zhcm8gQWRtaW5pc3RyYefjbztVYmlxdWl0aTtQb250byBkZSBhY2Vzc28gc2VtIGZpbztGNEUyQzYwMDAwMDEK',
  },
  {
    language: 'Italian', encoding: 'windows-1252',
    text: 'Nome;Sito;Produttore;Tipo di dispositivo;Numero di serie\n' +
      'sw-mil-01;Milano Città Studi;Huawei;Switch di accesso;2102351234\n' +
      'rt-for-01;Forlì sede;Cisco;Router principale;FDO2211A0BC\n' +
      'cam-can-02;Cantù ingresso;Hikvision;Telecamera perché esterna;DS1234567\n' +
      'fw-rom-01;Roma Università;Fortinet;Firewall;FGT60FTK2109\n' +
      'ap-nap-03;Napoli così;Ubiquiti;Punto di accesso però;F4E2C6000001\n',
    base64: 'Tm9tZTtTaXRvO1Byb2R1dHRvcmU7VGlwbyBkaSBkaXNwb3NpdGl2bztOdW1lcm8gZGkgc2VyaWUKc3ctbWlsLTAxO01pbGFubyBDaXR04CBTdHVkaTtIdWF3ZWk7U3dpdGNoIGRpIGFjY2Vzc287MjEwMjM1MTIzNApydC1mb3ItMDE7Rm9ybOwgc2VkZTtDaXNjbztSb3V0ZXIgcHJpbmNpcGFsZTtGRE8yMjExQTBCQwpjYW0tY2FuLTAyO0NhbnT5IGluZ3Jlc3NvO0hpa3Zpc2lvbjtUZWxlY2FtZXJhIHBlcmNo6SBlc3Rlcm5hO0RTMTIzNDU2Nwpmdy1yb20tMDE7Um9tYSBVbml2ZXJzaXTgO0ZvcnRpbmV0O0ZpcmV3YWxsO0ZHVDYwRlRLMjEwOQphcC1uYXAtMDM7TmFwb2xpIGNvc+w7VWJpcXVpdGk7UHVudG8gZGkgYWNjZXNzbyBwZXLyO0Y0RTJDNjAwMDAwMQo=',
  },
  {
    language: 'Danish', encoding: 'windows-1252',
    text: 'Navn;Lokation;Producent;Enhedstype;Serienummer\n' +
      'sw-cph-01;København Ørestad;Huawei;Adgangsswitch;2102351234\n' +
      'rt-aar-01;Århus Søndergade;Cisco;Kernerouter;FDO2211A0BC\n' +
      'cam-odn-02;Odense Gødstrup;Hikvision;Kamera udendørs;DS1234567\n' +
      'fw-aal-01;Aalborg Nørresundby;Fortinet;Firewall;FGT60FTK2109\n' +
      'ap-rsk-03;Roskilde Bjørn Sæther;Ubiquiti;Trådløst adgangspunkt;F4E2C6000001\n',
    base64: 'TmF2bjtMb2thdGlvbjtQcm9kdWNlbnQ7RW5oZWRzdHlwZTtTZXJpZW51bW1lcgpzdy1jcGgtMDE7S/hiZW5oYXZuINhyZXN0YWQ7SHVhd2VpO0FkZ2FuZ3Nzd2l0Y2g7MjEwMjM1MTIzNApydC1hYXItMDE7xXJodXMgU/huZGVyZ2FkZTtDaXNjbztLZXJuZXJvdXRlcjtGRE8yMjExQTBCQwpjYW0tb2RuLTAyO09kZW5zZSBH+GRzdHJ1cDtIaWt2aXNpb247S2FtZXJhIHVkZW5k+HJzO0RTMTIzNDU2Nwpmdy1hYWwtMDE7QWFsYm9yZyBO+HJyZXN1bmRieTtGb3J0aW5ldDtGaXJld2FsbDtGR1Q2MEZUSzIxMDkKYXAtcnNrLTAzO1Jvc2tpbGRlIEJq+HJuIFPmdGhlcjtVYmlxdWl0aTtUcuVkbPhzdCBhZGdhbmdzcHVua3Q7RjRFMkM2MDAwMDAxCg==',
  },
  {
    language: 'Norwegian', encoding: 'windows-1252',
    text: 'Navn;Sted;Produsent;Enhetstype;Serienummer\n' +
      'sw-osl-01;Oslo Grünerløkka;Huawei;Tilgangssvitsj;2102351234\n' +
      'rt-trd-01;Trondheim Nidarø;Cisco;Kjernerouter;FDO2211A0BC\n' +
      'cam-trs-02;Tromsø inngang;Hikvision;Kamera ute;DS1234567\n' +
      'fw-bgo-01;Bergen Åsane;Fortinet;Brannmur;FGT60FTK2109\n' +
      'ap-sta-03;Stavanger Økern Søren Ødegård;Ubiquiti;Trådløst tilgangspunkt;F4E2C6000001\n',
    base64: 'TmF2bjtTdGVkO1Byb2R1c2VudDtFbmhldHN0eXBlO1NlcmllbnVtbWVyCnN3LW9zbC0wMTtPc2xvIEdy/G5lcmz4a2thO0h1YXdlaTtUaWxnYW5nc3N2aXRzajsyMTAyMzUxMjM0CnJ0LXRyZC0wMTtUcm9uZGhlaW0gTmlkYXL4O0Npc2NvO0tqZXJuZXJvdXRlcjtGRE8yMjExQTBCQwpjYW0tdHJzLTAyO1Ryb21z+CBpbm5nYW5nO0hpa3Zpc2lvbjtLYW1lcmEgdXRlO0RTMTIzNDU2Nwpmdy1iZ28tMDE7QmVyZ2VuIMVzYW5lO0ZvcnRpbmV0O0JyYW5ubXVyO0ZHVDYwRlRLMjEwOQphcC1zdGEtMDM7U3RhdmFuZ2VyINhrZXJuIFP4cmVuINhkZWflcmQ7VWJpcXVpdGk7VHLlZGz4c3QgdGlsZ2FuZ3NwdW5rdDtGNEUyQzYwMDAwMDEK',
  },
  {
    language: 'Swedish', encoding: 'windows-1252',
    text: 'Namn;Plats;Tillverkare;Enhetstyp;Serienummer\n' +
      'sw-sto-01;Stockholm Södermalm;Huawei;Åtkomstswitch;2102351234\n' +
      'rt-got-01;Göteborg Hisingen;Cisco;Kärnrouter;FDO2211A0BC\n' +
      'cam-mal-02;Malmö entré;Hikvision;Kamera utomhus;DS1234567\n' +
      'fw-upp-01;Uppsala Årsta;Fortinet;Brandvägg;FGT60FTK2109\n',
    base64: 'TmFtbjtQbGF0cztUaWxsdmVya2FyZTtFbmhldHN0eXA7U2VyaWVudW1tZXIKc3ctc3RvLTAxO1N0b2NraG9sbSBT9mRlcm1hbG07SHVhd2VpO8V0a29tc3Rzd2l0Y2g7MjEwMjM1MTIzNApydC1nb3QtMDE7R/Z0ZWJvcmcgSGlzaW5nZW47Q2lzY287S+RybnJvdXRlcjtGRE8yMjExQTBCQwpjYW0tbWFsLTAyO01hbG32IGVudHLpO0hpa3Zpc2lvbjtLYW1lcmEgdXRvbWh1cztEUzEyMzQ1NjcKZnctdXBwLTAxO1VwcHNhbGEgxXJzdGE7Rm9ydGluZXQ7QnJhbmR25GdnO0ZHVDYwRlRLMjEwOQo=',
  },
  {
    language: 'Icelandic', encoding: 'windows-1252',
    text: 'Nafn;Staðsetning;Framleiðandi;Tegund;Raðnúmer\n' +
      'sw-rvk-01;Reykjavík Höfðatorg;Huawei;Aðgangsrofi;2102351234\n' +
      'rt-hfj-01;Hafnarfjörður;Cisco;Kjarnabeinir;FDO2211A0BC\n' +
      'cam-ak-02;Akureyri inngangur;Hikvision;Myndavél úti;DS1234567\n' +
      'fw-egs-01;Egilsstaðir Þórður;Fortinet;Eldveggur;FGT60FTK2109\n' +
      'ap-isf-03;Ísafjörður Þingvellir;Ubiquiti;Þráðlaus aðgangspunktur;F4E2C6000001\n',
    base64: 'TmFmbjtTdGHwc2V0bmluZztGcmFtbGVp8GFuZGk7VGVndW5kO1Jh8G76bWVyCnN3LXJ2ay0wMTtSZXlramF27WsgSPZm8GF0b3JnO0h1YXdlaTtB8Gdhbmdzcm9maTsyMTAyMzUxMjM0CnJ0LWhmai0wMTtIYWZuYXJmavZy8HVyO0Npc2NvO0tqYXJuYWJlaW5pcjtGRE8yMjExQTBCQwpjYW0tYWstMDI7QWt1cmV5cmkgaW5uZ2FuZ3VyO0hpa3Zpc2lvbjtNeW5kYXbpbCD6dGk7RFMxMjM0NTY3CmZ3LWVncy0wMTtFZ2lsc3N0YfBpciDe83LwdXI7Rm9ydGluZXQ7RWxkdmVnZ3VyO0ZHVDYwRlRLMjEwOQphcC1pc2YtMDM7zXNhZmr2cvB1ciDeaW5ndmVsbGlyO1ViaXF1aXRpO95y4fBsYXVzIGHwZ2FuZ3NwdW5rdHVyO0Y0RTJDNjAwMDAwMQo=',
  },
  {
    language: 'Catalan', encoding: 'windows-1252',
    text: 'Nom;Lloc;Fabricant;Tipus de dispositiu;Número de sèrie\n' +
      'sw-bcn-01;Barcelona Sants-Montjuïc;Huawei;Commutador d\'accés;2102351234\n' +
      'rt-gir-01;Girona Plaça Catalunya;Cisco;Encaminador principal;FDO2211A0BC\n' +
      'cam-lle-02;Lleida col·legi;Hikvision;Càmera exterior;DS1234567\n' +
      'fw-tar-01;Tarragona Sòcrates;Fortinet;Tallafoc;FGT60FTK2109\n' +
      'ap-vic-03;Vic Àrea Mèxic;Ubiquiti;Punt d\'accés sense fil;F4E2C6000001\n',
    base64: 'Tm9tO0xsb2M7RmFicmljYW50O1RpcHVzIGRlIGRpc3Bvc2l0aXU7TvptZXJvIGRlIHPocmllCnN3LWJjbi0wMTtCYXJjZWxvbmEgU2FudHMtTW9udGp172M7SHVhd2VpO0NvbW11dGFkb3IgZCdhY2PpczsyMTAyMzUxMjM0CnJ0LWdpci0wMTtHaXJvbmEgUGxh52EgQ2F0YWx1bnlhO0Npc2NvO0VuY2FtaW5hZG9yIHByaW5jaXBhbDtGRE8yMjExQTBCQwpjYW0tbGxlLTAyO0xsZWlkYSBjb2y3bGVnaTtIaWt2aXNpb247Q+BtZXJhIGV4dGVyaW9yO0RTMTIzNDU2Nwpmdy10YXItMDE7VGFycmFnb25hIFPyY3JhdGVzO0ZvcnRpbmV0O1RhbGxhZm9jO0ZHVDYwRlRLMjEwOQphcC12aWMtMDM7VmljIMByZWEgTeh4aWM7VWJpcXVpdGk7UHVudCBkJ2FjY+lzIHNlbnNlIGZpbDtGNEUyQzYwMDAwMDEK',
  },
  {
    language: 'Dutch', encoding: 'windows-1252',
    text: 'Naam;Site;Fabrikant;Soort apparaat;Serienummer\n' +
      'sw-ams-01;Amsterdam Zuidoost;Huawei;Toegangsswitch;2102351234\n' +
      'rt-bru-01;Brussel België;Cisco;Kernrouter;FDO2211A0BC\n' +
      'cam-rot-02;Rotterdam café ingang;Hikvision;Camera buiten;DS1234567\n' +
      'fw-utr-01;Utrecht coöperatie;Fortinet;Firewall;FGT60FTK2109\n',
    base64: 'TmFhbTtTaXRlO0ZhYnJpa2FudDtTb29ydCBhcHBhcmFhdDtTZXJpZW51bW1lcgpzdy1hbXMtMDE7QW1zdGVyZGFtIFp1aWRvb3N0O0h1YXdlaTtUb2VnYW5nc3N3aXRjaDsyMTAyMzUxMjM0CnJ0LWJydS0wMTtCcnVzc2VsIEJlbGdp6ztDaXNjbztLZXJucm91dGVyO0ZETzIyMTFBMEJDCmNhbS1yb3QtMDI7Um90dGVyZGFtIGNhZukgaW5nYW5nO0hpa3Zpc2lvbjtDYW1lcmEgYnVpdGVuO0RTMTIzNDU2Nwpmdy11dHItMDE7VXRyZWNodCBjb/ZwZXJhdGllO0ZvcnRpbmV0O0ZpcmV3YWxsO0ZHVDYwRlRLMjEwOQo=',
  },
  {
    language: 'Russian', encoding: 'windows-1251', toldFrom: 0,
    text: 'Имя,Площадка,Производитель,Тип устройства,Серийный номер\n' +
      'msk-core-01,Москва,Huawei,NE40E-X8,2102351234\n' +
      'spb-sw-01,Санкт-Петербург,Eltex,MES2424,ES1234567\n',
    base64: 'yOz/LM/r7vng5OrgLM/w7ujn4u7k6PLl6/ws0ujvIPPx8vDu6fHy4uAs0eXw6Ont++kg7e7s5fAKbXNrLWNvcmUtMDEszO7x6uLgLEh1YXdlaSxORTQwRS1YOCwyMTAyMzUxMjM0CnNwYi1zdy0wMSzR4O3q8i3P5fLl8OHz8OMsRWx0ZXgsTUVTMjQyNCxFUzEyMzQ1NjcK',
  },
  {
    language: 'Faroese', encoding: 'windows-1252',
    text: 'Navn;Stað\n' +
      'sw-1;Tórshavn\n' +
      'sw-2;Fuglafjørður\n' +
      'sw-3;Klaksvík Eiði\n' +
      'ap-1;Runavík Søldarfjørður\n',
    base64: 'TmF2bjtTdGHwCnN3LTE7VPNyc2hhdm4Kc3ctMjtGdWdsYWZq+HLwdXIKc3ctMztLbGFrc3btayBFafBpCmFwLTE7UnVuYXbtayBT+GxkYXJmavhy8HVyCg==',
  },
  {
    language: 'Icelandic without acute vowels', encoding: 'windows-1252',
    text: 'Nafn;Staður\n' +
      'sw-1;Hafnarfjörður nýr\n' +
      'sw-2;Egilsstaðir\n' +
      'sw-3;Þingvellir\n',
    base64: 'TmFmbjtTdGHwdXIKc3ctMTtIYWZuYXJmavZy8HVyIG79cgpzdy0yO0VnaWxzc3Rh8GlyCnN3LTM73mluZ3ZlbGxpcgo=',
  },
  {
    language: 'Swiss (German, French, Italian)', encoding: 'windows-1252',
    text: 'Name;Standort;Hersteller\n' +
      'sw1;ZÜRICH Straße;Huawei\n' +
      'sw2;GENÈVE Cornavin;Cisco\n' +
      'sw3;Lugano Città;HPE\n' +
      'sw4;Neuchâtel Gare;Axis\n' +
      'sw5;Bâle Münsterplatz Pérolles;Cisco\n',
    base64: 'TmFtZTtTdGFuZG9ydDtIZXJzdGVsbGVyCnN3MTta3FJJQ0ggU3RyYd9lO0h1YXdlaQpzdzI7R0VOyFZFIENvcm5hdmluO0Npc2NvCnN3MztMdWdhbm8gQ2l0dOA7SFBFCnN3NDtOZXVjaOJ0ZWwgR2FyZTtBeGlzCnN3NTtC4mxlIE38bnN0ZXJwbGF0eiBQ6XJvbGxlcztDaXNjbwo=',
  },
  {
    language: 'Belgian (Dutch, French)', encoding: 'windows-1252',
    text: 'Naam;Site;Fabrikant\n' +
      'sw1;Liège Guillemins;Huawei\n' +
      'sw2;Brussel België;Cisco\n' +
      'sw3;Mons Hôtel de Ville;HPE\n' +
      'sw4;Namur Citadelle Comté;Axis\n',
    base64: 'TmFhbTtTaXRlO0ZhYnJpa2FudApzdzE7TGnoZ2UgR3VpbGxlbWlucztIdWF3ZWkKc3cyO0JydXNzZWwgQmVsZ2nrO0Npc2NvCnN3MztNb25zIEj0dGVsIGRlIFZpbGxlO0hQRQpzdzQ7TmFtdXIgQ2l0YWRlbGxlIENvbXTpO0F4aXMK',
  },
  {
    language: 'Western odd cases', encoding: 'windows-1252',
    text: 'id;room;owner\n' +
      'd1;10 m³ Raum;Jürgensøn\n' +
      'd2;¿Qué pasa? Nº 3;Ødegård Müller\n' +
      'd3;Dùn Èideann Port Rìgh;Ó Súilleabháin\n' +
      'd4;argüição freqüência;Cœur Nœud Bœuf\n',
    base64: 'aWQ7cm9vbTtvd25lcgpkMTsxMCBtsyBSYXVtO0r8cmdlbnP4bgpkMju/UXXpIHBhc2E/IE66IDM72GRlZ+VyZCBN/GxsZXIKZDM7RPluIMhpZGVhbm4gUG9ydCBS7GdoO9MgU/ppbGxlYWJo4WluCmQ0O2FyZ/xp5+NvIGZyZXH86m5jaWE7Q5x1ciBOnHVkIEKcdWYK',
  },
]

/** The first lines of a sample's bytes: the header and `rows` rows under it. */
function firstRows(bytes: Buffer, rows: number): Buffer {
  let end = 0
  for (let n = 0; n <= rows; n++) end = bytes.indexOf(0x0a, end) + 1
  return bytes.subarray(0, end)
}

describe('textEncodingOf, Central European, Turkish and Western European code pages', () => {
  it('has the bytes of each sample hold its text in its code page', () => {
    for (const { language, encoding, text, base64 } of SAMPLES) {
      const bytes = Buffer.from(base64, 'base64')
      expect(encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes), language).toBe(text)
    }
  })

  it('tells Windows-1250, 1254 and 1251 from the rows measured on, and reads fewer as Windows-1252', () => {
    for (const { language, encoding, toldFrom, base64 } of SAMPLES.filter((s) => s.encoding !== 'windows-1252')) {
      const bytes = Buffer.from(base64, 'base64')
      const rows = bytes.toString('latin1').split('\n').length - 2
      for (let n = 0; n <= rows; n++) {
        const start = firstRows(bytes, n)
        const expected = n >= toldFrom! ? encoding : start.some((b) => b >= 0x80) ? 'windows-1252' : 'utf8'
        expect(textEncodingOf(start), `${language}, ${n} rows`).toBe(expected)
      }
    }
  })

  it('never takes a Western European sample for another code page, from its header on', () => {
    for (const { language, base64 } of SAMPLES.filter((s) => s.encoding === 'windows-1252')) {
      const bytes = Buffer.from(base64, 'base64')
      const rows = bytes.toString('latin1').split('\n').length - 2
      for (let n = 0; n <= rows; n++) {
        const start = firstRows(bytes, n)
        expect(textEncodingOf(start), `${language}, ${n} rows`).toBe(start.some((b) => b >= 0x80) ? 'windows-1252' : 'utf8')
      }
    }
  })
})
