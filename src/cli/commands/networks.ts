import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { graphDocument, graphFormatOf, toGexf, toGraphml } from '../../report/graph-export.js';
import { networkViews } from '../../report/network-view.js';
import { textTable } from '../../report/text-table.js';
import { withStore, type CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { status } from '../io.js';
import { loadReadModel } from './read-model.js';

/** Options of `molehunt networks`. */
export interface NetworksOptions {
  json?: boolean;
  minSize?: number;
}

/** Lists networks of linked subjects by score: the contract JSON array with --json, a table otherwise. */
export async function networksCommand(options: NetworksOptions, ctx: CommandContext): Promise<void> {
  const { networks, notes, names } = await withStore(ctx, true, async (store) => {
    const model = await loadReadModel(store, ctx);
    return {
      networks: await store.networks.list(Math.max(2, options.minSize ?? 2)),
      notes: await store.networks.notes(),
      names: new Map(model.subjects.map((s) => [s.id, s.display_name])),
    };
  });
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify(networkViews(networks), null, 2)}\n`);
    return;
  }
  const rows = networks.map((n, i) => [
    i + 1,
    n.score,
    n.level,
    n.subjects.length,
    n.kinds.join(', '),
    n.subjects.slice(0, 3).map((s) => names.get(s) ?? s).join(', ') + (n.subjects.length > 3 ? ', …' : ''),
    n.id,
  ]);
  ctx.io.stdout.write(textTable(['#', 'score', 'level', 'size', 'shared', 'subjects', 'id'], rows));
  const generic = notes.filter((n) => n.type === 'generic').length;
  const exempt = notes.filter((n) => n.type === 'exemption').length;
  if (generic + exempt > 0) {
    status(ctx.io, `${generic} shared values were treated as generic and ${exempt} links as household: \`molehunt report\` lists them, docs/networks.md says why.`);
  }
}

/** Options of `molehunt graph`. */
export interface GraphOptions {
  out: string;
}

/** Writes the networks as a graph file; the extension picks JSON, GraphML or GEXF. */
export async function graphCommand(options: GraphOptions, ctx: CommandContext): Promise<string> {
  const format = graphFormatOf(options.out);
  if (!format) throw new UsageError(`cannot tell the graph format of ${options.out}: name the file .json, .graphml or .gexf.`);
  const doc = await withStore(ctx, true, async (store) => {
    const model = await loadReadModel(store, ctx);
    return graphDocument(await store.networks.list(), model.subjects);
  });
  const text = format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : format === 'graphml' ? toGraphml(doc) : toGexf(doc, new Date().toISOString());
  const path = resolve(ctx.io.cwd, options.out);
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`cannot write the graph to ${path}: ${(error as Error).message}`);
  }
  status(ctx.io, `wrote ${path} (${doc.nodes.length} nodes, ${doc.edges.length} edges, ${format})`);
  return path;
}
