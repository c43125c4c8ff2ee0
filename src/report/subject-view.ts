import type { Finding } from '../model/finding.js';
import type { IdentityRecord } from '../model/identity-record.js';
import type { Subject } from '../model/subject.js';

/** One identity record as `subjects --json` shows it (docs/cli.md contract). */
export interface IdentityView {
  kind: string;
  source_id: string;
  name: string | null;
  emails: string[];
  employee_id?: string;
  applicant_id?: string;
}

/** One subject as `subjects --json` shows it (docs/cli.md contract). */
export interface SubjectView {
  id: string;
  display_name: string;
  score: number;
  level: string;
  identities: IdentityView[];
  findings: { rule: string; indicator: string; severity: string; confidence: number; summary: string; status: 'active' | 'shadow' | 'suppressed' }[];
  /** §7 combinations that escalated the subject. */
  escalations: string[];
  /** The subject's network id (`networks --json`), or null. */
  network: string | null;
}

/** Shapes an identity record for output. */
export function identityView(record: IdentityRecord): IdentityView {
  return {
    kind: record.kind,
    source_id: record.source_id,
    name: record.name ?? null,
    emails: record.identifiers.emails,
    ...(record.employee_id ? { employee_id: record.employee_id } : {}),
    ...(record.applicant_id ? { applicant_id: record.applicant_id } : {}),
  };
}

/** Builds the contract view of ranked subjects from stored results. Order is kept (score descending). */
export function subjectViews(
  subjects: readonly Subject[],
  identities: ReadonlyMap<string, IdentityRecord>,
  findings: readonly Finding[],
): SubjectView[] {
  const bySubject = new Map<string, Finding[]>();
  for (const f of findings) bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), f]);
  return subjects.map((s) => ({
    id: s.id,
    display_name: s.display_name,
    score: s.score,
    level: s.level,
    identities: s.identity_ids.flatMap((id) => {
      const record = identities.get(id);
      return record ? [identityView(record)] : [];
    }),
    findings: (bySubject.get(s.id) ?? []).map((f) => ({
      rule: f.rule,
      indicator: f.indicator,
      severity: f.severity,
      confidence: f.confidence,
      summary: f.summary,
      status: f.suppressed ? ('suppressed' as const) : f.shadow ? ('shadow' as const) : ('active' as const),
    })),
    escalations: s.escalations.map((x) => x.id),
    network: s.network ?? null,
  }));
}
