import { describe, expect, it } from 'vitest'
import { MANUFACTURERS } from './manufacturers.js'
import { buildNameResolver } from './org-name.js'
import { REGISTRY_ALIASES } from './registry-aliases.js'
import { cpeVendor, deviceMakerCpe } from './cpe.js'

describe('cpeVendor', () => {
  it('reads the vendor of CPE 2.3 and 2.2 names, with escapes undone and _ as a space', () => {
    expect(cpeVendor('cpe:2.3:h:hikvision:ds-2cd2143g0-i:-:*:*:*:*:*:*:*')).toBe('hikvision')
    expect(cpeVendor('cpe:/h:zte:zxhn_f660')).toBe('zte')
    expect(cpeVendor('cpe:2.3:o:tp-link\\!:x:*')).toBe('tp-link!')
    expect(cpeVendor('cpe:2.3:h:huawei_technologies:ar120:*')).toBe('huawei technologies')
    expect(cpeVendor('cpe:2.3:h:*:x:*')).toBeUndefined()
    expect(cpeVendor('pkg:maven/com.huawei/x')).toBeUndefined()
  })
})

describe('names given as CPEs', () => {
  it('resolve to the maker their vendor names', () => {
    const resolve = buildNameResolver(MANUFACTURERS, REGISTRY_ALIASES)
    expect(resolve('cpe:/h:hikvision:ip_camera')).toBe('hikvision')
    expect(resolve('cpe:2.3:o:dahuasecurity:ipc-hfw2431s_firmware:*:*:*:*:*:*:*:*')).toBe('dahua')
    expect(resolve('CPE:/o:huawei:vrp')).toBe('huawei')
    expect(resolve('cpe:/h:acme:widget')).toBeUndefined()
    expect(resolve('cpe:2.3:h:*:x:*')).toBeUndefined()
  })
})

describe('deviceMakerCpe', () => {
  it('keeps hardware and one maker\'s device OS, and drops applications and general operating systems', () => {
    expect(['cpe:/h:huawei:hg8245t', 'cpe:/o:huawei:vrp', 'cpe:/o:cisco:ios', 'cpe:2.3:h:hikvision:ds-2cd2143g0-i:-:*:*:*:*:*:*:*'].map(deviceMakerCpe))
      .toEqual(['cpe:/h:huawei:hg8245t', 'cpe:/o:huawei:vrp', 'cpe:/o:cisco:ios', 'cpe:2.3:h:hikvision:ds-2cd2143g0-i:-:*:*:*:*:*:*:*'])
    expect(['cpe:/a:openbsd:openssh:7.4', 'cpe:/o:linux:linux_kernel', 'cpe:/o:microsoft:windows', 'cpe:/o:windriver:vxworks', 'cpe:/h:*:x', 'huawei'].map(deviceMakerCpe))
      .toEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })

  it('drops the server systems of device makers that run on anyone\'s servers, and VMware ESXi', () => {
    expect(['cpe:/o:huawei:euleros:2.0:sp9', 'cpe:/o:huawei:euleros_virtualization_for_arm_64:2.9.0', 'cpe:/o:zte:cgsl_main:6', 'cpe:2.3:o:zte:cgsl_core:5:*:*:*:*:*:*:*', 'cpe:/o:vmware:esxi:6.7'].map(deviceMakerCpe))
      .toEqual([undefined, undefined, undefined, undefined, undefined])
    // Huawei's LiteOS, an open IoT system other makers' modules and meters run, names none of them.
    expect(deviceMakerCpe('cpe:2.3:o:huawei:liteos:5.0:*:*:*:*:*:*:*')).toBeUndefined()
    // Their devices' own systems and the hardware stay.
    expect(['cpe:/o:huawei:vrp_firmware', 'cpe:/o:zte:zxhn_f660_firmware', 'cpe:/h:huawei:ar1220'].map(deviceMakerCpe))
      .toEqual(['cpe:/o:huawei:vrp_firmware', 'cpe:/o:zte:zxhn_f660_firmware', 'cpe:/h:huawei:ar1220'])
  })
})
