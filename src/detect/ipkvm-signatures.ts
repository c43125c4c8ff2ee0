import type { Event } from '../model/event.js';

type Usb = NonNullable<Event['molehunt']['usb']>;
type Display = NonNullable<Event['molehunt']['display']>;

/**
 * Default USB strings of IP-KVM products, from the research notes §4.1 (which read the vendors'
 * gadget set-up code: PiKVM kvmd's `otg` defaults, TinyPilot's `init-usb-gadget`, JetKVM's
 * usbgadget config, Sipeed NanoKVM's `S03usbdev`) and, for BliKVM and Aurga, the manufacturer strings
 * LivingInSyn/ipkvm-watch lists. Every string can be changed by the owner (F-05 covers that case).
 */
export interface KvmUsbSignature {
  product: string;
  /** Lower-case `vid:pid` pairs the product uses by default. */
  ids: readonly string[];
  manufacturer?: RegExp;
  productString?: RegExp;
  /** Default serial numbers (exact, case-insensitive). */
  serials?: readonly string[];
  source: string;
}

export const KVM_USB_SIGNATURES: readonly KvmUsbSignature[] = [
  { product: 'PiKVM', ids: ['1d6b:0104'], manufacturer: /^pikvm$/i, productString: /pikvm/i, serials: ['CAFEBABE'], source: '§4.1: kvmd otg defaults; docs.pikvm.org/id' },
  { product: 'TinyPilot', ids: ['1d6b:0104'], manufacturer: /^tinypilot$/i, serials: ['6b65796d696d6570690'], source: '§4.1: tinypilot init-usb-gadget' },
  { product: 'JetKVM', ids: ['1d6b:0104', '1d6b:0044'], manufacturer: /^jetkvm$/i, productString: /jetkvm/i, source: '§4.1: JetKVM usbgadget config' },
  {
    product: 'GL.iNet Comet (GLKVM)', ids: ['1d6b:0104'], manufacturer: /^(glkvm|glinet|gl\.inet)$/i, productString: /^composite kvm device$|^glinet flash drive/i, serials: ['CAFEBABE'],
    source: '§4.1: ipkvm-watch _device_output (lsusb, Windows, macOS captures of a Comet)',
  },
  { product: 'Sipeed NanoKVM', ids: ['3346:1009'], manufacturer: /^sipeed$/i, productString: /nanokvm/i, serials: ['0123456789ABCDEF'], source: '§4.1: sipeed/NanoKVM S03usbdev' },
  { product: 'BliKVM', ids: ['1d6b:0104'], manufacturer: /^blikvm$/i, source: 'ipkvm-watch indicators.yaml (manufacturer string; BliKVM runs PiKVM kvmd)' },
  { product: 'Aurga', ids: ['1d6b:0104'], manufacturer: /^aurga$/i, source: 'ipkvm-watch indicators.yaml (manufacturer string)' },
];

/** How an IP-KVM was recognized, strongest first. */
export type KvmBasis = 'strings-and-id' | 'strings' | 'default-serial' | 'edid-name' | 'edid-default';

export interface KvmMatch {
  product: string;
  basis: KvmBasis;
  detail: string;
}

const idOf = (u: Usb): string => `${u.vendor_id ?? ''}:${u.product_id ?? ''}`.toLowerCase();
/** The kvmd default serial PiKVM and the GL.iNet Comet share. */
const KVMD_SERIAL = 'cafebabe';
/** NanoKVM's default serial is a placeholder many cheap devices carry: it identifies nothing alone. */
const PLACEHOLDER_SERIAL = '0123456789abcdef';

/** The IP-KVM a USB device's default strings or IDs identify, if any. `extra` adds manufacturer names. */
export function knownKvmUsb(u: Usb, extra: readonly string[] = []): KvmMatch | undefined {
  const vendor = u.vendor?.trim() ?? '';
  const product = u.product?.trim() ?? '';
  const serial = u.serial?.trim().toLowerCase() ?? '';
  for (const s of KVM_USB_SIGNATURES) {
    const strings = (s.manufacturer?.test(vendor) ?? false) || (s.productString?.test(product) ?? false);
    if (strings) return { product: s.product, basis: s.ids.includes(idOf(u)) ? 'strings-and-id' : 'strings', detail: `${vendor} / ${product}`.trim() };
  }
  const added = extra.find((m) => m.toLowerCase() === vendor.toLowerCase());
  if (added) return { product: added, basis: 'strings', detail: `${vendor} / ${product}` };
  // NanoKVM's id pair is Sipeed's own, so it identifies the product without strings.
  const nano = KVM_USB_SIGNATURES.find((s) => s.product === 'Sipeed NanoKVM')!;
  if (nano.ids.includes(idOf(u))) return { product: nano.product, basis: 'strings-and-id', detail: `USB id ${idOf(u)}` };
  // Default serials identify the firmware only on a Linux gadget; elsewhere they may be any device's.
  if (u.vendor_id?.toLowerCase() === '1d6b' && serial && serial !== PLACEHOLDER_SERIAL) {
    const bySerial = KVM_USB_SIGNATURES.find((s) => s.serials?.some((x) => x.toLowerCase() === serial));
    if (bySerial) return { product: serial === KVMD_SERIAL ? 'PiKVM or GL.iNet Comet (kvmd)' : bySerial.product, basis: 'default-serial', detail: `serial ${u.serial}` };
  }
  return undefined;
}

/** The IP-KVM an attached display's EDID names: PiKVM's `PiKVM V4 Plus`, manufacturer `LNX` with serial `CAFEBABE`. */
export function knownKvmDisplay(d: Display): KvmMatch | undefined {
  const name = d.name?.trim() ?? '';
  const named = name.match(/pikvm|pi-kvm|glkvm|jetkvm|tinypilot|nanokvm|blikvm/i);
  if (named) return { product: name, basis: 'edid-name', detail: `EDID name ${name}` };
  if (d.serial?.trim().toLowerCase() === KVMD_SERIAL) {
    return { product: 'PiKVM-family capture', basis: 'edid-default', detail: `EDID ${d.vendor ?? '?'} serial ${d.serial}` };
  }
  return undefined;
}
