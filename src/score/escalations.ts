import type { Finding } from '../model/finding.js';
import type { Escalation } from '../model/subject.js';

/** The score a §7 combination lifts a subject to at least (the `high` cut-off plus a margin). */
export const ESCALATION_FLOOR = 70;

/** Below this confidence a finding does not take part in a combination. */
const MIN_CONFIDENCE = 0.5;

interface Combination {
  id: string;
  title: string;
  /** Returns the findings that make the combination, or undefined when it does not hold. */
  holds(by: (indicator: string) => Finding[]): Finding[] | undefined;
}

const any = (...lists: Finding[][]): Finding[] | undefined => {
  const found = lists.flat();
  return found.length > 0 ? found : undefined;
};
const both = (a: Finding[], b: Finding[]): Finding[] | undefined => (a.length > 0 && b.length > 0 ? [...a, ...b] : undefined);

/**
 * The high-confidence combinations of the research catalog §7 (../shared/research/dprk-indicators.md):
 * any one of them escalates a subject, whatever the other findings add up to.
 */
export const COMBINATIONS: readonly Combination[] = [
  { id: '§7.1', title: 'IP-KVM on a company laptop', holds: (by) => any(by('F-04'), by('I-04')) },
  {
    id: '§7.2',
    title: 'a second remote-access tool on a new hire\'s laptop',
    holds: (by) => {
      const f02 = by('F-02');
      const early = f02.filter((f) => f.facets.new_hire);
      return early.length > 0 ? early : both(f02, [...by('E-07'), ...by('D-06')]);
    },
  },
  { id: '§7.3', title: 'VPN egress and an unmanaged device on a new hire', holds: (by) => both([...by('E-01'), ...by('E-02')].filter((f) => f.facets.new_hire !== false), by('E-07')) },
  { id: '§7.4', title: 'a shared ship-to/home address or a shared payout account', holds: (by) => any(by('D-03'), by('G-03')) },
  { id: '§7.5', title: 'one MFA device for several users', holds: (by) => any(by('E-09'), by('I-01')) },
  { id: '§7.6', title: 'the laptop is somewhere else than the sign-ins or the shipping country', holds: (by) => any(by('E-14'), by('D-05')) },
  { id: '§7.7', title: 'a payout wallet or persona on a sanctions or IOC list', holds: (by) => any(by('G-02'), by('H-10')) },
];

/** The combinations a subject's counted findings make. Shadow, suppressed and weak findings take no part. */
export function escalationsOf(counted: readonly Finding[]): Escalation[] {
  const strong = counted.filter((f) => f.confidence >= MIN_CONFIDENCE && !f.corroborating_only);
  const by = (indicator: string) => strong.filter((f) => f.indicator === indicator);
  return COMBINATIONS.flatMap((c) => {
    const found = c.holds(by);
    return found ? [{ id: c.id, title: c.title, rules: [...new Set(found.map((f) => f.rule))].sort() }] : [];
  });
}
