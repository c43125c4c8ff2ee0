import type { Device, UsbDevice } from '../company.js';

/**
 * What the endpoint shows of IP-KVMs, remote-control setups and reconnaissance: the default USB
 * descriptors of the vendors' firmware (research §4.1, F-04), an EDID of a PiKVM (F-05), the
 * Chrome Remote Desktop unattended setup with a fixed PIN (F-03), the honeypot's day-one commands (F-08).
 */
export const USB = {
  pikvm: { vendorId: '1d6b', productId: '0104', vendor: 'PiKVM', product: 'PiKVM Composite Device', serial: 'CAFEBABE', usbClass: '0', subclass: '0', protocol: '0' },
  tinypilot: { vendorId: '1d6b', productId: '0104', vendor: 'tinypilot', product: 'Multifunction USB Device', serial: '6b65796d696d6570690', usbClass: '0', subclass: '0', protocol: '0' },
  // A Raspberry Pi Zero configured as a USB Ethernet gadget: the generic Linux gadget ids, its own strings.
  piZeroGadget: { vendorId: '1d6b', productId: '0104', vendor: 'Raspberry Pi', product: 'Pi Zero 2 W Ethernet Gadget', serial: '00000000a1b2c3d4', usbClass: 'EF', subclass: '02', protocol: '01' },
  logitechReceiver: { vendorId: '046d', productId: 'c52b', vendor: 'Logitech', product: 'USB Receiver', serial: '', usbClass: '0', subclass: '0', protocol: '0' },
  yubikey: { vendorId: '1050', productId: '0407', vendor: 'Yubico', product: 'YubiKey OTP+FIDO+CCID', serial: '', usbClass: '0', subclass: '0', protocol: '0' },
} as const satisfies Record<string, Omit<UsbDevice, 'at'>>;

/** A PiKVM's emulated monitor as macOS reports it (EDID manufacturer LNX = 12760). */
export const PIKVM_DISPLAY = { name: 'PiKVM V4 Plus', vendorId: '12760', serial: 'CAFEBABE' };

/** Chrome Remote Desktop set up unattended from PowerShell with a fixed PIN (Ballena Azul, S20). */
export const CRD_PIN_SETUP =
  '"C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\CurrentVersion\\remoting_start_host.exe" --code="4/0AVG7fiQ-example" --redirect-url="https://remotedesktop.google.com/_/oauthredirect" --name=%COMPUTERNAME% --pin=123456';

/** Day-one host reconnaissance on Windows: dxdiag, systeminfo, wmic, and "where does my connection appear to be". */
export const WINDOWS_RECON: readonly (readonly [path: string, cmdline: string])[] = [
  ['C:\\Windows\\System32\\dxdiag.exe', 'dxdiag /t C:\\Users\\Public\\dx.txt'],
  ['C:\\Windows\\System32\\systeminfo.exe', 'systeminfo'],
  ['C:\\Windows\\System32\\wbem\\WMIC.exe', 'wmic cpu get name,numberofcores'],
  ['C:\\Windows\\System32\\wbem\\WMIC.exe', 'wmic path win32_videocontroller get name'],
  ['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', 'powershell -c "Invoke-RestMethod https://ipinfo.io/json"'],
];

/** A Windows keyboard-layout preload entry (registry table) for a layout id such as 00000412 (Korean). */
export function keyboardLayoutRow(sid: string, slot: number, layout: string): Device['custom'][number]['columns'] {
  const key = `HKEY_USERS\\${sid}\\Keyboard Layout\\Preload`;
  return { key, path: `${key}\\${slot}`, name: String(slot), type: 'REG_SZ', data: layout, mtime: '1760000000' };
}

/** A macOS enabled input source (preferences table, com.apple.HIToolbox). */
export function macInputSourceRow(username: string, layout: string): Device['custom'][number]['columns'] {
  return { domain: 'com.apple.HIToolbox', key: 'AppleEnabledInputSources', subkey: '1/KeyboardLayout Name', value: layout, forced: '0', username, manual: '0' };
}
