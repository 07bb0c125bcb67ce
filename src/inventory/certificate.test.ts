import { describe, expect, it } from 'vitest'
import { deviceCertificateSubject, distinguishedNameOf } from './certificate.js'

describe('a device\'s own certificate', () => {
  it('is one the device signed itself or its organisation\'s authority signed, in the forms scanners print names', () => {
    // nmap's ssl-cert of a FortiGate VM (signed by the FortiGate's own Fortinet authority), zcrypto's
    // names of a Huawei home gateway's certificate (zgrab), a ZTE gateway's in nmap's form.
    expect(deviceCertificateSubject('commonName=FortiGate/organizationName=Fortinet Ltd./stateOrProvinceName=California/countryName=US', 'commonName=FGVMEVMBF57GNJF3/organizationName=Fortinet/stateOrProvinceName=California/countryName=US'))
      .toBe('commonName=FortiGate/organizationName=Fortinet Ltd./stateOrProvinceName=California/countryName=US')
    expect(deviceCertificateSubject('C=CN, ST=GD, O=Huawei, OU=Terminal, CN=192.168.1.1', 'C=CN, ST=GD, L=SZ, O=Huawei, OU=Terminal, CN=Terminal, emailAddress=bb@huawei.com'))
      .toBe('C=CN, ST=GD, O=Huawei, OU=Terminal, CN=192.168.1.1')
    expect(deviceCertificateSubject('commonName=192.168.1.1/organizationName=ZTE', 'organizationName=ZTE/stateOrProvinceName=JiangSu/countryName=CN')).toBe('commonName=192.168.1.1/organizationName=ZTE')
    // Self-signed with no organisation: the same names, read (they name nobody).
    expect(deviceCertificateSubject('commonName=fire.windcorp.thm', 'commonName=fire.windcorp.thm')).toBe('commonName=fire.windcorp.thm')
  })

  it('is not one another organisation\'s authority issued, nor one whose issuer is not known', () => {
    // nmap's ssl-cert documentation: PayPal's certificate, which VeriSign issued.
    expect(deviceCertificateSubject('commonName=www.paypal.com/organizationName=PayPal, Inc./stateOrProvinceName=California/countryName=US', 'commonName=VeriSign Class 3 Extended Validation SSL CA/organizationName=VeriSign, Inc./countryName=US')).toBeUndefined()
    // A TLS-inspecting firewall's re-signed certificate of a site: the issuer is the firewall's maker.
    expect(deviceCertificateSubject('CN=www.example.com,O=Example AS,C=NO', 'CN=F2K60FTK23900226,O=Fortinet,C=US')).toBeUndefined()
    expect(deviceCertificateSubject('commonName=*.huawei.com/organizationName=Huawei Technologies Co., Ltd', undefined)).toBeUndefined()
    expect(deviceCertificateSubject('CN=dns.example.com', 'C=US, O=Company Inc, CN=Generic CA')).toBeUndefined()
  })

  it('writes a scanner\'s attribute map as a distinguished name, a comma in a value escaped', () => {
    expect(distinguishedNameOf({ CN: 'www.huawei.com', O: 'Huawei Technologies Co., Ltd.', C: 'CN' })).toBe('CN=www.huawei.com,O=Huawei Technologies Co.\\, Ltd.,C=CN')
    expect(deviceCertificateSubject(distinguishedNameOf({ CN: 'ont', O: 'Huawei Technologies Co., Ltd.' }), distinguishedNameOf({ CN: 'Huawei CA', O: 'Huawei' }))).toBe('CN=ont,O=Huawei Technologies Co.\\, Ltd.')
    expect(distinguishedNameOf({})).toBeUndefined()
    expect(distinguishedNameOf('CN=x')).toBeUndefined()
  })
})
