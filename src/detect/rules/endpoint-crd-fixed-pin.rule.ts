import { z } from 'zod';
import type { Event } from '../../model/event.js';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { hostsOf, isoDay } from '../host-events.js';
import { sanctionedSpellings, toolNamed } from '../remote-access-catalog.js';
import { executableName } from '../software-match.js';
import { eventEvidence, eventTime, isNewHireAt } from '../subject-facts.js';

const Options = z.object({
  /** A headless host registration with a PIN on the command line: few legitimate reasons on a laptop. */
  confidence: z.number().min(0).max(1).default(0.8),
  /** Evidence entries kept per subject (a script may run the command on every boot). */
  maxEvidence: z.number().int().min(1).default(5),
});

/** Windows `remoting_start_host.exe`; Linux `/opt/google/chrome-remote-desktop/start-host`. */
const START_HOST = /remoting_start_host|chrome-remote-desktop[/\\]start-host/i;
const PIN = /--pin(=|\s+)\S/i;

/** The command line with the PIN and the one-time OAuth code masked: evidence must not hand out access. */
export function maskCrdSecrets(commandLine: string): string {
  return commandLine.replace(/(--pin(?:=|\s+))("[^"]*"|'[^']*'|\S+)/gi, '$1<redacted>').replace(/(--code(?:=|\s+))("[^"]*"|'[^']*'|\S+)/gi, '$1<redacted>');
}

const programOf = (e: Event): string => executableName(e.process?.executable ?? e.process?.name ?? '');
const isShell = (e: Event): boolean => ['powershell', 'pwsh', 'cmd'].includes(programOf(e));
/** Searching a log or a script for the switches is not running them. */
const READERS = new Set(['grep', 'egrep', 'rg', 'findstr', 'less', 'more', 'cat', 'type', 'select-string']);

/** F-03: Chrome Remote Desktop registered from the command line with a fixed PIN. */
export default defineRule({
  id: 'endpoint.crd-fixed-pin',
  indicator: 'F-03',
  title: 'Chrome Remote Desktop set up unattended with a fixed PIN',
  description:
    'Chrome Remote Desktop was registered from a command line (remoting_start_host or start-host) with --pin=, often from ' +
    'PowerShell, instead of the interactive browser flow. This hands a fixed PIN to whoever holds the Google account; the ' +
    'honeypot operators used exactly this, layered on AnyDesk, to keep access to the laptop.',
  strength: 'H',
  severity: 'high',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['osquery.result'],
  citations: [cite('F-03', 'S20')],
  falsePositives: [
    'IT deploying Chrome Remote Desktop headless to lab, kiosk or cloud machines with Google\'s documented command (sanction the tool).',
    'Searching logs or scripts for the switches (grep, findstr: ignored) and running the command without --pin (the interactive PIN prompt).',
  ],
  runbook:
    'Find the Google account the host was registered to (Chrome Remote Desktop host config, or remotedesktop.google.com from ' +
    'the corporate account) and who ran the command (parent process, user). A personal account on a company laptop is the ' +
    'pattern: disable the host, preserve its logs, and review F-01/F-02 findings on the same machine.',
  clears:
    'IT confirms it registered the host as part of a sanctioned deployment: list Chrome Remote Desktop in ' +
    'suppressions.sanctioned_remote_tools (the finding stays visible as suppressed) or suppress this rule for the subject with an expiry.',
  options: Options,
  evaluate(ctx, o) {
    const crd = toolNamed('Chrome Remote Desktop')!;
    const label = sanctionedSpellings(ctx.policy.sanctionedRemoteTools).get(crd) ?? crd.name;
    const bySubject = new Map<string, { host: string; event: Event }[]>();
    for (const host of hostsOf(ctx)) {
      for (const event of host.events) {
        const line = event.process?.command_line;
        if (!line || !START_HOST.test(line) || !PIN.test(line) || READERS.has(programOf(event))) continue;
        const list = bySubject.get(host.subject) ?? [];
        list.push({ host: host.name, event });
        bySubject.set(host.subject, list);
      }
    }
    const findings: FindingDraft[] = [];
    for (const [subjectId, hits] of bySubject) {
      const from = Math.min(...hits.map((h) => eventTime(h.event)));
      const to = Math.max(...hits.map((h) => eventTime(h.event)));
      const viaShell = hits.some((h) => isShell(h.event));
      const newHire = isNewHireAt(ctx.subject(subjectId)!, from, ctx.policy.newHireDays);
      const hosts = [...new Set(hits.map((h) => h.host))];
      findings.push({
        subject: subjectId,
        // Seen in the first weeks it matches the honeypot's day-one setup; later it is still unusual.
        confidence: Math.min(0.95, o.confidence + (newHire ? 0.1 : 0)),
        summary:
          `Chrome Remote Desktop host registered with a fixed PIN ${hits.length} time${hits.length > 1 ? 's' : ''} on ${hosts.join(', ')}` +
          `${viaShell ? ' from a shell (PowerShell/cmd)' : ''}; first ${isoDay(from)}`,
        evidence: hits.slice(0, o.maxEvidence).map((h) =>
          eventEvidence(h.event, { host: h.host, process: h.event.process?.executable ?? h.event.process?.name ?? null, command_line: maskCrdSecrets(h.event.process!.command_line!) }),
        ),
        facets: { tools: [label], from, to, new_hire: newHire },
      });
    }
    return findings;
  },
});
