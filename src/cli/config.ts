import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { RuleDefinition } from '../detect/define-rule.js';
import { SuppressionsSchema } from '../detect/suppress.js';
import { GraphOptionsSchema } from '../resolve/graph-options.js';
import { flattenIssues } from '../model/parse-result.js';
import { parseStoreLocation, type StoreLocation } from '../store/open-store.js';
import { UsageError } from './errors.js';
import type { CliIO } from './io.js';

const Cidr = z.string().refine((value) => {
  const [address, bits, ...rest] = value.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  // Number('') is 0: "198.51.100.0/" must not become /0, which would make every address corporate.
  if (!/^\d{1,3}$/.test(bits)) return false;
  const n = Number(bits);
  return Number.isInteger(n) && n >= 0 && n <= (family === 4 ? 32 : 128);
}, 'expected an IP address or CIDR such as 198.51.100.0/24');

/** The one config schema: file keys, their defaults and meaning (docs/cli.md#configuration). */
export const ConfigSchema = z
  .object({
    /** SQLite file path or postgres:// URL. */
    db: z.string().min(1).default('./molehunt.db'),
    /** The organization's own egress ranges (offices, corporate VPN): never evidence against a person. */
    corporate_egress_cidrs: z.array(Cidr).default([]),
    /**
     * Named networks (Okta network zones, ECS network.name) that are the organization's own. `auto`:
     * every named zone except block-list zones (names containing block/deny, Okta's DefaultEnhancedDynamicZone).
     */
    corporate_networks: z.union([z.literal('auto'), z.array(z.string().min(1))]).default('auto'),
    /** Per-rule settings: `{ "<rule id>": { "enabled": false, "<option>": value } }`. */
    rules: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
    /** Known exceptions, each with a reason and an optional expiry: findings they cover are kept, shown as suppressed, not scored. */
    suppressions: SuppressionsSchema.default({ findings: [], travel: [], households: [], sanctioned_remote_tools: [] }),
    /** Days after the start date during which a subject is a new hire (§7 stage windows). */
    new_hire_days: z.number().int().min(1).max(365).default(30),
    /** A folder of custom YAML rules (docs/custom-rules.md); relative to the config file. */
    rules_dir: z.string().min(1).optional(),
    /** Identity resolution and network analysis: hub thresholds, time window, similarity thresholds (docs/networks.md). */
    networks: GraphOptionsSchema.prefault({}),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;

/** Settings resolved for one command run. */
export interface ResolvedConfig extends Config {
  store: StoreLocation;
  /** Where the config file was read from, if any. */
  configFile?: string;
}

/** Global flags that override config. */
export interface GlobalFlags {
  db?: string;
  config?: string;
}

/** Resolves settings: flag > environment > config file > default. Invalid settings exit 2 with each problem's path. */
export function loadConfig(flags: GlobalFlags, io: CliIO, rules: readonly RuleDefinition[]): ResolvedConfig {
  const explicit = flags.config ?? io.env.MOLEHUNT_CONFIG;
  const path = explicit ? resolve(io.cwd, explicit) : resolve(io.cwd, 'molehunt.config.json');
  let fileValues: unknown = {};
  if (existsSync(path)) {
    try {
      fileValues = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new UsageError(`cannot read config ${path}: ${(error as Error).message}. Fix the JSON or pass --config another file.`);
    }
  } else if (explicit) {
    throw new UsageError(`config file not found: ${path}`);
  }
  const parsed = ConfigSchema.safeParse(fileValues);
  if (!parsed.success) {
    throw new UsageError(`invalid config ${path}:\n  ${flattenIssues(parsed.error).join('\n  ')}`);
  }
  const config = parsed.data;
  const problems: string[] = [];
  for (const [id, settings] of Object.entries(config.rules)) {
    // Custom rules live in rules_dir and are checked when it is loaded (src/cli/custom-rules.ts).
    if (id.startsWith('custom.')) continue;
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      problems.push(`rules.${id}: unknown rule (known: ${rules.map((r) => r.id).join(', ')})`);
      continue;
    }
    const { enabled, ...options } = settings;
    if (enabled !== undefined && typeof enabled !== 'boolean') problems.push(`rules.${id}.enabled: expected true or false`);
    // Rule option schemas strip unknown keys, so a misspelled option would be ignored without a word.
    if (rule.options instanceof z.ZodObject) {
      const known = Object.keys(rule.options.shape);
      for (const key of Object.keys(options).filter((k) => !known.includes(k))) {
        problems.push(`rules.${id}.${key}: unknown option (known: enabled, ${known.join(', ')})`);
      }
    }
    const check = rule.options.safeParse(options);
    if (!check.success) problems.push(...flattenIssues(check.error).map((issue) => `rules.${id}.${issue}`));
  }
  if (problems.length > 0) throw new UsageError(`invalid config ${path}:\n  ${problems.join('\n  ')}`);
  const db = flags.db ?? io.env.MOLEHUNT_DB ?? config.db;
  const store = parseStoreLocation(db);
  // A path written in a config file is relative to that file, like every other tool's config.
  const fromFile = flags.db === undefined && io.env.MOLEHUNT_DB === undefined && existsSync(path) && fileValues !== null && typeof fileValues === 'object' && 'db' in fileValues;
  const base = fromFile ? dirname(path) : io.cwd;
  return {
    ...config,
    db,
    store: store.dialect === 'sqlite' ? { dialect: 'sqlite', path: store.path === ':memory:' ? store.path : resolve(base, store.path) } : store,
    ...(existsSync(path) ? { configFile: path } : {}),
  };
}
