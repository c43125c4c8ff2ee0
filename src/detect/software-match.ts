import type { Event } from '../model/event.js';

/**
 * How one software product shows up on a host: the executable names it runs as and the names its
 * installers register (Windows programs, macOS app bundles and bundle ids, deb/rpm/Homebrew packages).
 */
export interface SoftwareSignature {
  /** The product's display name: what findings, facets and config use. */
  name: string;
  /** Executable basenames, lower case, without `.exe`/`.bin` (`anydesk`, `remoting_host`). */
  processes: readonly string[];
  /** For products that ship many helpers under one prefix (`gotoresolve…`). */
  processPatterns?: readonly RegExp[];
  /** Installed-package names, matched against the lower-cased name; anchor them, so `x` is not `xyz`. */
  packages: readonly RegExp[];
  /** Where the names come from (vendor documentation, the research notes). */
  source: string;
  /**
   * Only the Windows product of that name (a package of type windows_program, a process path ending
   * in .exe): "Caffeine" fakes a key press on Windows but only holds a power assertion on macOS.
   */
  windowsOnly?: boolean;
}

/** What matched, and on which field. */
export interface SoftwareMatch<S extends SoftwareSignature = SoftwareSignature> {
  signature: S;
  via: 'process' | 'package';
  /** The value as the event wrote it (executable path, command, package name). */
  value: string;
}

/** Browser extensions are viewers of someone else's computer, not a way into this one. */
const EXTENSION_TYPES = new Set(['chrome_extension', 'firefox_addon']);

/** The lower-case basename of a Windows or POSIX path, without `.exe`/`.bin`. */
export function executableName(pathOrName: string): string {
  const base = pathOrName.split(/[/\\]/).pop() ?? pathOrName;
  return base.trim().toLowerCase().replace(/\.(exe|bin)$/, '');
}

/**
 * A matcher over many events. Names repeat across hosts and daily snapshots, so each distinct
 * process or package name is looked up once: linear in events, not in events × signatures.
 */
export function softwareMatcher<S extends SoftwareSignature>(signatures: readonly S[]): (event: Event) => SoftwareMatch<S> | undefined {
  const byProcess = new Map<string, S>();
  for (const s of signatures) for (const p of s.processes) byProcess.set(p, s);
  // Keyed by the raw strings, so a repeated path or package name costs one map lookup.
  const processCache = new Map<string, S | undefined>();
  const packageCache = new Map<string, Map<string, S | undefined>>();
  const processSignature = (path: string): S | undefined => {
    if (!processCache.has(path)) {
      const name = executableName(path);
      const s = byProcess.get(name) ?? signatures.find((x) => x.processPatterns?.some((p) => p.test(name)));
      processCache.set(path, s && (!s.windowsOnly || /\.exe$/i.test(path)) ? s : undefined);
    }
    return processCache.get(path);
  };
  const packageSignature = (name: string, type: string): S | undefined => {
    let byName = packageCache.get(type);
    if (!byName) packageCache.set(type, (byName = new Map()));
    if (!byName.has(name)) {
      const lower = name.trim().toLowerCase();
      const s = EXTENSION_TYPES.has(type) ? undefined : signatures.find((x) => x.packages.some((p) => p.test(lower)));
      byName.set(name, s && (!s.windowsOnly || type === 'windows_program') ? s : undefined);
    }
    return byName.get(name);
  };
  return (event) => {
    const process = event.process;
    const path = process?.executable ?? process?.name;
    if (path) {
      const signature = processSignature(path) ?? (process?.name && process.name !== path ? processSignature(process.name) : undefined);
      if (signature) return { signature, via: 'process', value: path };
    }
    const pkg = event.package;
    if (pkg) {
      const signature = packageSignature(pkg.name, pkg.type ?? '');
      if (signature) return { signature, via: 'package', value: pkg.name };
    }
    return undefined;
  };
}
