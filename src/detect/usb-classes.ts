import type { Event } from '../model/event.js';

type Usb = NonNullable<Event['molehunt']['usb']>;

/**
 * A USB class code as a number. osquery writes them in decimal ("0", "8", "239"); Windows and EDR
 * exports often in hex ("08h", "0x08", "ef"). Hex is assumed only when the value says so.
 */
export function usbClassCode(value: string | undefined): number | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  const hex = v.match(/^0x([0-9a-f]{1,2})$|^([0-9a-f]{1,2})h$|^([0-9a-f]*[a-f][0-9a-f]*)$/);
  const digits = hex ? (hex[1] ?? hex[2] ?? hex[3])! : /^\d{1,3}$/.test(v) ? v : undefined;
  if (digits === undefined || digits.length > 3) return undefined;
  const n = Number.parseInt(digits, hex ? 16 : 10);
  return n > 255 ? undefined : n;
}

/** What one USB device (all rows of one vid:pid:serial on a host) exposes, from its class rows. */
export interface UsbFunctions {
  classes: Set<number>;
  keyboard: boolean;
  /** A mouse (boot protocol 2) or an absolute pointer/tablet (HID without a boot protocol). */
  pointer: boolean;
  storage: boolean;
}

/** USB base classes used below (usb.org defined class codes). */
export const USB_CLASS = { perInterface: 0x00, audio: 0x01, hid: 0x03, massStorage: 0x08, hub: 0x09 } as const;

/** Adds one row's class, subclass and protocol to what the device is known to expose. */
export function addUsbRow(into: UsbFunctions, u: Usb): void {
  const cls = usbClassCode(u.class);
  if (cls === undefined) return;
  into.classes.add(cls);
  if (cls === USB_CLASS.hid) {
    const protocol = usbClassCode(u.protocol);
    if (protocol === 1) into.keyboard = true;
    else into.pointer = true;
  }
  if (cls === USB_CLASS.massStorage) into.storage = true;
}

/** A fresh, empty UsbFunctions. */
export const noFunctions = (): UsbFunctions => ({ classes: new Set(), keyboard: false, pointer: false, storage: false });
