import type { Finding } from '../../model/finding.js';
import type { IdentityRecord } from '../../model/identity-record.js';
import type { Subject } from '../../model/subject.js';
import type { Store } from '../../store/open-store.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { status } from '../io.js';

/** The stored analysis as read commands use it. */
export interface ReadModel {
  subjects: Subject[];
  identities: Map<string, IdentityRecord>;
  findings: Finding[];
}

/** Loads the last analysis and warns when data was ingested after it. */
export async function loadReadModel(store: Store, ctx: CommandContext): Promise<ReadModel> {
  const run = await store.analysis.lastRun();
  const ingests = await store.ingestRuns.list();
  if (!run) {
    status(ctx.io, 'no analysis yet: run `molehunt analyze` (or `molehunt scan <files>`) first.');
  } else if (ingests.some((i) => i.finished_at > run.finished_at)) {
    status(ctx.io, 'note: data was ingested after the last analysis; run `molehunt analyze` to include it.');
  }
  const [subjects, identities, findings] = await Promise.all([
    store.analysis.subjects(),
    store.identities.list(),
    store.analysis.findings(),
  ]);
  return { subjects, identities: new Map(identities.map((r) => [r.id, r])), findings };
}

/**
 * Finds a subject by id, or by an identifier of one of its records (e-mail, employee id, source
 * id) or its exact display name. Several matches are a usage error that lists them.
 */
export function findSubject(model: ReadModel, query: string): Subject {
  const q = query.trim().toLowerCase();
  const byId = model.subjects.find((s) => s.id === query.trim());
  if (byId) return byId;
  const matches = model.subjects.filter(
    (s) =>
      s.display_name.toLowerCase() === q ||
      s.identity_ids.some((id) => {
        const r = model.identities.get(id);
        return !!r && (r.source_id.toLowerCase() === q || r.employee_id?.toLowerCase() === q || r.identifiers.emails.includes(q));
      }),
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new UsageError(`no subject matches "${query}". List them with \`molehunt subjects\`.`);
  throw new UsageError(`"${query}" matches ${matches.length} subjects: ${matches.map((s) => `${s.id} (${s.display_name})`).join(', ')}. Use the id.`);
}
