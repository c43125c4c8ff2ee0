import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { hostPatterns, hostsOf, isoDay } from '../host-events.js';
import { knownKvmDisplay, knownKvmUsb, type KvmBasis, type KvmMatch } from '../ipkvm-signatures.js';
import { eventEvidence, eventTime, isNewHireAt } from '../subject-facts.js';

const Options = z.object({
  /**
   * Host names (regular expressions, case-insensitive) of lab and data-centre machines where IP-KVMs
   * are expected, e.g. `^lab-` or `^srv-`. Empty by default: a KVM on a person's laptop is the point.
   */
  ignoreHosts: hostPatterns,
  /** Further USB manufacturer strings to treat as IP-KVMs (e.g. a brand seen in your own incident). */
  extraManufacturers: z.array(z.string().min(2)).default([]),
});

/** How sure each kind of match makes us: default strings are rarely changed, but can be. */
const CONFIDENCE: Record<KvmBasis, number> = {
  'strings-and-id': 0.9,
  strings: 0.8,
  'edid-name': 0.85,
  // kvmd's CAFEBABE on a Linux gadget: PiKVM firmware, or a Comet, with the names changed.
  'default-serial': 0.75,
  'edid-default': 0.7,
};

const usbValues = (e: Event) => {
  const u = e.molehunt.usb ?? {};
  return { vendor_id: u.vendor_id ?? null, product_id: u.product_id ?? null, vendor: u.vendor ?? null, product: u.product ?? null, serial: u.serial ?? null };
};

/** F-04: an IP-KVM's default USB or EDID identity on a company computer. */
export default defineRule({
  id: 'endpoint.ipkvm-usb',
  indicator: 'F-04',
  title: 'IP-KVM attached to a company computer',
  description:
    'The computer enumerated a USB gadget or a display with the default identity of an IP-KVM (PiKVM, TinyPilot, JetKVM, ' +
    'GL.iNet Comet, NanoKVM): someone elsewhere can see its screen and type on it over the network. Laptop farms use these ' +
    'so that workers abroad drive laptops shipped to a facilitator. The generic Linux gadget id 1d6b:0104 alone is not enough.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['osquery.result'],
  citations: [cite('F-04', 'S22'), cite('F-04', 'S9'), cite('F-04', 'S13')],
  falsePositives: [
    'Lab and data-centre machines managed through IP-KVMs (list their host names in ignoreHosts).',
    'A Raspberry Pi running PiKVM OS plugged in by a hobbyist to power it or reach it over USB (still worth asking about on a work laptop).',
  ],
  runbook:
    'Ask the person to show the laptop on camera with its ports visible, or have it returned. Check the network for the KVM ' +
    '(mDNS pikvm.local / glkvm.local, MAC prefixes in §4.1), the shipping address against the claimed home (D-01, D-03), and ' +
    'the sign-ins for VPN egress; preserve USB history before anyone unplugs it.',
  clears:
    'The machine is a lab or server host where KVMs belong (add it to rules.endpoint.ipkvm-usb.ignoreHosts), or IT confirms a ' +
    'sanctioned set-up (a suppressions.findings entry for this rule and subject, with a reason and an expiry).',
  options: Options,
  evaluate(ctx, o) {
    const ignored = o.ignoreHosts.map((p) => new RegExp(p, 'i'));
    const bySubject = new Map<string, { host: string; event: Event; match: KvmMatch }[]>();
    for (const host of hostsOf(ctx)) {
      if (ignored.some((r) => r.test(host.name))) continue;
      const seen = new Set<string>();
      for (const event of host.events) {
        const { usb, display } = event.molehunt;
        const match = usb ? knownKvmUsb(usb, o.extraManufacturers) : display ? knownKvmDisplay(display) : undefined;
        if (!match || seen.has(`${match.product}\0${match.detail}`)) continue;
        seen.add(`${match.product}\0${match.detail}`);
        const list = bySubject.get(host.subject) ?? [];
        list.push({ host: host.name, event, match });
        bySubject.set(host.subject, list);
      }
    }
    const findings: FindingDraft[] = [];
    for (const [subjectId, hits] of bySubject) {
      const from = Math.min(...hits.map((h) => eventTime(h.event)));
      const to = Math.max(...hits.map((h) => eventTime(h.event)));
      const newHire = isNewHireAt(ctx.subject(subjectId)!, from, ctx.policy.newHireDays);
      const best = Math.max(...hits.map((h) => CONFIDENCE[h.match.basis]));
      const what = [...new Set(hits.map((h) => `${h.match.product} (${h.match.detail}) on ${h.host}`))];
      findings.push({
        subject: subjectId,
        confidence: Math.min(0.95, best + (newHire ? 0.05 : 0)),
        summary: `${hits.length} IP-KVM signature${hits.length > 1 ? 's' : ''} from ${isoDay(from)}: ${what.join('; ')}`,
        evidence: hits.map((h) =>
          eventEvidence(h.event, { host: h.host, kvm: h.match.product, basis: h.match.basis, ...(h.event.molehunt.usb ? usbValues(h.event) : { display: h.match.detail }) }),
        ),
        facets: { from, to, new_hire: newHire },
      });
    }
    return findings;
  },
});
