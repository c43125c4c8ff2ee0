import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { hostPatterns, hostsOf, isoDay, type Host } from '../host-events.js';
import { knownKvmDisplay, knownKvmUsb } from '../ipkvm-signatures.js';
import { remoteAccessToolOf } from '../remote-access-catalog.js';
import { eventEvidence, eventTime, isNewHireAt } from '../subject-facts.js';
import { addUsbRow, noFunctions, USB_CLASS, type UsbFunctions } from '../usb-classes.js';

const Options = z.object({
  /** Below this a host's signals are not reported: a lone Linux gadget on a long-tenured engineer's laptop (0.3) is a Raspberry Pi. */
  minConfidence: z.number().min(0).max(1).default(0.4),
  /** In the first weeks every odd device counts more (§7 stage windows). */
  newHireBoost: z.number().min(0).max(1).default(0.15),
  /** A remote-access tool on the same host: the KVM is not the only way in, or the set-up is a farm's. */
  remoteToolBoost: z.number().min(0).max(1).default(0.1),
  ignoreHosts: hostPatterns,
});

/** Each heuristic and how much it says alone, from the weakest (any Pi gadget) to the PiKVM docs' own tell. */
const SIGNALS = {
  'keyboard+pointer+storage': { weight: 0.55, text: 'one USB device is a keyboard, a pointer and a drive at once (what an IP-KVM presents whatever its names)' },
  'classes 00h+01h+08h': { weight: 0.5, text: 'USB classes 00h+01h+08h on one device (spoofed GL.iNet, PiKVM and JetKVM units, chelmzy.tech)' },
  'classes 00h+08h with a HID name': { weight: 0.45, text: 'USB classes 00h+08h on a device named like a keyboard or mouse' },
  'USB-to-HID cable': { weight: 0.4, text: 'a CH9329 serial-to-keyboard/mouse cable (a second computer types on this one)' },
  'KVM-named device': { weight: 0.35, text: 'a USB device that calls itself a KVM' },
  'EDID manufacturer LNX': { weight: 0.35, text: 'a display with the Linux kernel\'s default EDID (an HDMI capture, not a monitor)' },
  'Linux gadget': { weight: 0.3, text: 'a Linux USB gadget (vendor 1d6b, not a root hub): a Raspberry Pi or single-board computer' },
} as const;
type Signal = keyof typeof SIGNALS;

const ROOT_HUBS = new Set(['0001', '0002', '0003']);
const HID_NAME = /keyboard|mouse|\bhid\b|composite|kvm/i;

function usbSignals(u: NonNullable<Event['molehunt']['usb']>, f: UsbFunctions): Signal[] {
  const out: Signal[] = [];
  const name = `${u.vendor ?? ''} ${u.product ?? ''}`;
  if (f.keyboard && f.pointer && f.storage) out.push('keyboard+pointer+storage');
  const has = (...c: number[]) => c.every((x) => f.classes.has(x));
  if (has(USB_CLASS.perInterface, USB_CLASS.audio, USB_CLASS.massStorage)) out.push('classes 00h+01h+08h');
  else if (has(USB_CLASS.perInterface, USB_CLASS.massStorage) && HID_NAME.test(name)) out.push('classes 00h+08h with a HID name');
  if (`${u.vendor_id}:${u.product_id}`.match(/^1a86:e[13]29$/i) || /uart to kb-?ms/i.test(name)) out.push('USB-to-HID cable');
  if (/\bkvm\b/i.test(name)) out.push('KVM-named device');
  if (u.vendor_id?.toLowerCase() === '1d6b' && !ROOT_HUBS.has(u.product_id ?? '') && !f.classes.has(USB_CLASS.hub)) out.push('Linux gadget');
  return out;
}

/** The signals of one host, each with the first event that showed it. */
function hostSignals(host: Host): Map<Signal, Event> {
  const devices = new Map<string, UsbFunctions>();
  const found = new Map<Signal, Event>();
  for (const event of host.events) {
    const { usb, display } = event.molehunt;
    if (usb && !knownKvmUsb(usb)) {
      const key = `${usb.vendor_id}:${usb.product_id}:${usb.serial ?? ''}`;
      const f = devices.get(key) ?? noFunctions();
      devices.set(key, f);
      addUsbRow(f, usb);
      for (const s of usbSignals(usb, f)) if (!found.has(s)) found.set(s, event);
    }
    if (display?.vendor?.toUpperCase() === 'LNX' && !knownKvmDisplay(display) && !found.has('EDID manufacturer LNX')) found.set('EDID manufacturer LNX', event);
  }
  return found;
}

/** F-05: IP-KVM-like USB and display behaviour when the default strings were changed. */
export default defineRule({
  id: 'endpoint.ipkvm-heuristic',
  indicator: 'F-05',
  title: 'USB or display behaviour like an IP-KVM with its names changed',
  description:
    'An IP-KVM\'s names can be spoofed, but not what it is: one USB device that is a keyboard, a pointer and a drive at once, ' +
    'unusual class combinations (00h+01h+08h), a Linux USB gadget, or an HDMI capture with the kernel\'s default EDID. Each is ' +
    'weak alone (Raspberry Pi projects, desk KVM switches); together, on a new hire\'s laptop or beside a remote-access tool, they are a lead.',
  strength: 'M',
  severity: 'medium',
  status: 'experimental',
  corroboratingOnly: false,
  dataSources: ['osquery.result'],
  citations: [cite('F-05', 'S22')],
  falsePositives: [
    'Raspberry Pi and other single-board-computer hobbyists (the Linux gadget 1d6b:0104 alone stays below minConfidence).',
    'Desk KVM switches and docking stations that combine keyboard, mouse and a card reader.',
    'Lab machines with real KVMs (list them in ignoreHosts).',
    'USB class rows are per device in osquery (00h for every composite device): the class combinations need a source that reports interfaces (Windows PnP, EDR).',
  ],
  runbook:
    'Look at the device rows in the evidence: vendor and product strings, serial, classes. Ask the person what is plugged in; compare ' +
    'with the F-04 signatures and the KVM network fingerprints of §4.1 (mDNS, MAC prefixes), and with the person\'s shipping address.',
  clears:
    'The device is identified as a dock, desk KVM switch or a personal project the manager accepts (a suppressions.findings entry ' +
    'for this rule and subject), or the host is a lab machine (rules.endpoint.ipkvm-heuristic.ignoreHosts).',
  options: Options,
  evaluate(ctx, o) {
    const ignored = o.ignoreHosts.map((p) => new RegExp(p, 'i'));
    const findings: FindingDraft[] = [];
    for (const host of hostsOf(ctx)) {
      if (ignored.some((r) => r.test(host.name))) continue;
      const found = hostSignals(host);
      if (found.size === 0) continue;
      const signals = [...found.keys()].sort((a, b) => SIGNALS[b].weight - SIGNALS[a].weight);
      const from = Math.min(...[...found.values()].map(eventTime));
      const to = Math.max(...[...found.values()].map(eventTime));
      const newHire = isNewHireAt(ctx.subject(host.subject)!, from, ctx.policy.newHireDays);
      const tool = host.events.map(remoteAccessToolOf).find((m) => m !== undefined)?.signature.name;
      // The strongest signal, a little more for each independent one, then the context.
      const confidence = Math.min(
        0.85,
        SIGNALS[signals[0]!].weight + 0.1 * (signals.length - 1) + (newHire ? o.newHireBoost : 0) + (tool ? o.remoteToolBoost : 0),
      );
      if (confidence < o.minConfidence) continue;
      const context = [newHire ? 'in the first weeks after hire' : '', tool ? `beside ${tool}` : ''].filter(Boolean).join(', ');
      findings.push({
        subject: host.subject,
        confidence,
        summary: `${signals.length} IP-KVM-like signal${signals.length > 1 ? 's' : ''} on ${host.name} from ${isoDay(from)}: ${signals.map((s) => SIGNALS[s].text).join('; ')}${context ? ` (${context})` : ''}`,
        evidence: signals.map((s) => {
          const e = found.get(s)!;
          const u = e.molehunt.usb;
          const d = e.molehunt.display;
          return eventEvidence(e, { host: host.name, signal: s, ...(u ? { vendor_id: u.vendor_id ?? null, product_id: u.product_id ?? null, vendor: u.vendor ?? null, product: u.product ?? null, serial: u.serial ?? null, class: u.class ?? null } : {}), ...(d ? { display: d.name ?? null, edid_vendor: d.vendor ?? null } : {}) });
        }),
        facets: { from, to, new_hire: newHire },
      });
    }
    return findings;
  },
});
