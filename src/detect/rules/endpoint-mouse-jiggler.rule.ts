import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { hostsOf, isoDay } from '../host-events.js';
import { HARDWARE_JIGGLER_NAME, JIGGLER_SOFTWARE } from '../jiggler-software.js';
import { softwareMatcher } from '../software-match.js';
import { eventEvidence, eventTime, isNewHireAt } from '../subject-facts.js';

const Options = z.object({
  /** Product names (as in the finding, e.g. "Move Mouse") the organization permits, e.g. on kiosk or demo machines. */
  allowed: z.array(z.string().min(2)).default([]),
});

/**
 * A hardware jiggler was bought to look present; a pointer jiggler app is a choice too; a key-press
 * keep-awake is the most common of the three among ordinary staff. None proves more than "not at the keyboard".
 */
const CONFIDENCE = { hardware: 0.6, pointer: 0.5, keypress: 0.35 } as const;

interface Hit {
  what: string;
  kind: keyof typeof CONFIDENCE;
  host: string;
  event: Event;
  value: string;
}

const matchJiggler = softwareMatcher(JIGGLER_SOFTWARE);

function jigglerOf(event: Event): Omit<Hit, 'host'> | undefined {
  const usb = event.molehunt.usb;
  if (usb) {
    const name = `${usb.vendor ?? ''} ${usb.product ?? ''}`.trim();
    return HARDWARE_JIGGLER_NAME.test(name) ? { what: `USB device "${name}"`, kind: 'hardware', event, value: name } : undefined;
  }
  const m = matchJiggler(event);
  return m ? { what: m.signature.name, kind: m.signature.fakes, event, value: m.value } : undefined;
}

/** F-06: software or hardware that fakes mouse or keyboard input to keep a computer looking attended. */
export default defineRule({
  id: 'endpoint.mouse-jiggler',
  indicator: 'F-06',
  title: 'Mouse jiggler on a company computer',
  description:
    'A jiggler (software that moves the pointer or presses a key, or a USB device sold as a "mouse jiggler") keeps the ' +
    'computer and chat presence "active" with nobody at it. Mandiant reports jigglers in DPRK IT-worker cases, where one ' +
    'operator keeps several laptops or identities online at once. Keep-awake tools that only prevent sleep are not matched.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['osquery.result'],
  citations: [cite('F-06', 'S5')],
  falsePositives: [
    'Ordinary employees who keep their chat status green or stop screen locks during long builds and presentations.',
    'Kiosk, demo and monitoring screens (list the product in allowed).',
    'Keep-awake utilities (Amphetamine, macOS Caffeine, KeepingYouAwake, PowerToys Awake) are deliberately not matched.',
  ],
  runbook:
    'Treat alone as a policy matter for the manager. It matters beside always-on sessions (E-05), remote-access tools (F-01/F-02) ' +
    'or an IP-KVM (F-04): then compare activity with the person\'s claimed hours and look for several identities kept online together.',
  clears:
    'The manager accepts the use (a suppressions.findings entry for this rule and subject, with an expiry), or the machine is a ' +
    'kiosk/demo screen (add the product to rules.endpoint.mouse-jiggler.allowed).',
  options: Options,
  evaluate(ctx, o) {
    const allowed = new Set(o.allowed.map((a) => a.toLowerCase()));
    const bySubject = new Map<string, Hit[]>();
    for (const host of hostsOf(ctx)) {
      const seen = new Set<string>();
      for (const event of host.events) {
        const hit = jigglerOf(event);
        if (!hit || allowed.has(hit.what.toLowerCase()) || seen.has(hit.value)) continue;
        seen.add(hit.value);
        const list = bySubject.get(host.subject) ?? [];
        list.push({ ...hit, host: host.name });
        bySubject.set(host.subject, list);
      }
    }
    const findings: FindingDraft[] = [];
    for (const [subjectId, hits] of bySubject) {
      const from = Math.min(...hits.map((h) => eventTime(h.event)));
      const to = Math.max(...hits.map((h) => eventTime(h.event)));
      const what = [...new Set(hits.map((h) => `${h.what} on ${h.host}`))];
      findings.push({
        subject: subjectId,
        confidence: Math.max(...hits.map((h) => CONFIDENCE[h.kind])),
        summary: `Input faker seen from ${isoDay(from)}: ${what.join('; ')}`,
        evidence: hits.slice(0, 10).map((h) => eventEvidence(h.event, { host: h.host, jiggler: h.what, fakes: h.kind, value: h.value })),
        facets: { from, to, new_hire: isNewHireAt(ctx.subject(subjectId)!, from, ctx.policy.newHireDays) },
      });
    }
    return findings;
  },
});
