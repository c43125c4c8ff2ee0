import { z } from 'zod';
import { cite } from '../citations.js';
import { defineRule, type FindingDraft } from '../define-rule.js';
import { personRecords } from '../applicant-facts.js';
import { bitsSet, closePairs, parseHash64, type Hash64 } from '../phash.js';
import { linkEvidence, linkSpan, linkSubjects, otherNames, withoutHubClusters, type Member, type SharedValue } from '../shared-value-links.js';
import { recordEvidence } from '../subject-facts.js';

const Options = z.object({
  /**
   * Bits two 64-bit pHashes may differ in and still be one photo (research A-03 [D]): re-encoding,
   * resizing and light cropping move a pHash by a few bits; two different faces differ by about 32.
   */
  maxDistance: z.number().int().min(0).max(16).default(8),
  /** Applications further apart than this are not linked. */
  windowMonths: z.number().positive().default(24),
  /**
   * A photo under more different names than this is an ATS placeholder avatar or a stock image many
   * candidates use, not one operator's persona photo: noted, not flagged.
   */
  maxPeople: z.number().int().min(2).default(10),
  /**
   * Hashes with fewer than this many bits set, or more than 64 minus it, come from blank or near-uniform
   * images (a grey placeholder, a cropped-out frame), which hash alike whoever uploaded them.
   */
  minBitVariety: z.number().int().min(0).max(32).default(8),
});

const MONTH = 30.44 * 86_400_000;

/** Photos within `maxDistance` bits of each other on two records. */
function samePhotos(members: readonly Member[], o: z.infer<typeof Options>): SharedValue[] {
  const hashed: { member: Member; hash: Hash64; hex: string }[] = [];
  for (const member of members) {
    const hex = member.record.attributes.photo_phash;
    const hash = hex ? parseHash64(hex) : undefined;
    if (!hash || bitsSet(hash) < o.minBitVariety || bitsSet(hash) > 64 - o.minBitVariety) continue;
    hashed.push({ member, hash, hex: hex!.trim().toLowerCase() });
  }
  return closePairs(hashed.map((h) => h.hash), o.maxDistance).map(({ a, b, distance }) => ({
    kind: 'photo',
    label: distance === 0 ? 'the same photo' : `a photo ${distance} bits apart`,
    members: [hashed[a]!.member, hashed[b]!.member],
    values: { phash_distance: distance },
  }));
}

/** one photo (by perceptual hash) on applications under different names. */
export default defineRule({
  id: 'applicant.shared-photo',
  indicator: 'A-03',
  title: 'One photo on applications under different names',
  description:
    'Two applications under different names carry the same photo: their 64-bit perceptual hashes (pHash, from the ATS ' +
    'export\'s photo_phash column) differ in at most a few bits, which survives resizing and re-compression. Operators ' +
    'reuse profile photos (often stock or AI-edited) across personas. molehunt does not read images: the hashes must be ' +
    'computed where the photos are kept, and without them this rule has nothing to compare.',
  strength: 'M',
  severity: 'medium',
  status: 'stable',
  corroboratingOnly: false,
  dataSources: ['ats.applicant'],
  citations: [cite('A-03', 'S2')],
  falsePositives: [
    'The ATS\'s default avatar or a blank image on many profiles (left out as a hub or as a near-uniform hash).',
    'One person re-applying after a legal name change with the same headshot.',
    'Studio or event headshots of different people with the same pose and backdrop can come within a few bits; compare the images.',
  ],
  runbook:
    'Open both photos side by side. The same face under different names is a persona network: compare the applications\' ' +
    'phones, e-mails and résumés (A-01), claimed locations and application IPs (A-09), and reverse-search the photo for ' +
    'a stock or AI-generated origin.',
  clears:
    'The images show different people, or one person after a name change (confirm with HR); record it as a ' +
    'suppressions.findings entry for the subjects.',
  options: Options,
  evaluate(ctx, o) {
    const limits = { windowMs: o.windowMonths * MONTH, maxPeople: o.maxPeople, limitSetting: 'rules.applicant.shared-photo.maxPeople' };
    const photos = samePhotos(personRecords(ctx), o);
    const links = linkSubjects(ctx, withoutHubClusters(ctx, photos, limits, 'One photo (by perceptual hash)'), limits);
    const findings: FindingDraft[] = [];
    for (const [subject, mine] of links) {
      const { ids, names } = otherNames(ctx, mine);
      const closest = Math.min(...mine.map((l) => Number(l.value.values?.phash_distance)));
      // An identical hash is the same file or a re-save of it; a few bits apart is the same picture resized.
      const base = closest === 0 ? 0.7 : closest <= 4 ? 0.6 : 0.5;
      findings.push({
        subject,
        confidence: Math.min(0.85, base + Math.min(0.15, 0.05 * (ids.length - 1))),
        summary:
          `The application photo matches ${ids.length} ${ids.length === 1 ? 'person' : 'people'} under other names ` +
          `(pHash ${closest} of 64 bits apart at the closest): ${names.join(', ')}`,
        evidence: linkEvidence(mine, (m, value) =>
          recordEvidence(m.record, {
            name: m.record.name ?? null,
            photo_phash: m.record.attributes.photo_phash ?? null,
            photo_file: m.record.attributes.photo_file ?? null,
            applied_at: m.record.attributes.applied_at ?? null,
            ...value.values,
          }),
        ),
        related: ids,
        facets: linkSpan(mine),
      });
    }
    return findings;
  },
});
