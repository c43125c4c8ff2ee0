/** A JSON object as parsed. */
export type Json = Record<string, unknown>;

const kind = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Reads typed fields out of a parsed JSON record without a schema library, collecting one
 * `path: problem` issue per bad field. Hot-path sources use it where per-record schema parsing
 * would cost more than reading the file. Absent and null fields read as undefined.
 */
export class FieldReader {
  readonly issues: string[] = [];

  /** An object field (undefined when absent or null). */
  object(parent: Json | undefined, key: string, path: string, required = false): Json | undefined {
    const value = parent?.[key];
    if (value === undefined || value === null) {
      if (required) this.issues.push(`${path}: required`);
      return undefined;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.issues.push(`${path}: expected object, received ${kind(value)}`);
      return undefined;
    }
    return value as Json;
  }

  /** An array field (undefined when absent or null). */
  array(parent: Json | undefined, key: string, path: string): unknown[] | undefined {
    const value = parent?.[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.issues.push(`${path}: expected array, received ${kind(value)}`);
      return undefined;
    }
    return value;
  }

  /** A string field; `required` also rejects the empty string. */
  string(parent: Json | undefined, key: string, path: string, required = false): string | undefined {
    const value = parent?.[key];
    if (value === undefined || value === null) {
      if (required) this.issues.push(`${path}: required`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.issues.push(`${path}: expected string, received ${kind(value)}`);
      return undefined;
    }
    if (required && value === '') this.issues.push(`${path}: must not be empty`);
    return value;
  }

  /** A finite number field. */
  number(parent: Json | undefined, key: string, path: string): number | undefined {
    const value = parent?.[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.issues.push(`${path}: expected number, received ${kind(value)}`);
      return undefined;
    }
    return value;
  }

  /** A boolean field. */
  boolean(parent: Json | undefined, key: string, path: string): boolean | undefined {
    const value = parent?.[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.issues.push(`${path}: expected boolean, received ${kind(value)}`);
      return undefined;
    }
    return value;
  }
}

/** ISO 8601 date-time with seconds and an explicit offset (Z or ±hh:mm), as IdP APIs write them. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Parses an ISO date-time with an offset to an ISO UTC string, or undefined. */
export function isoInstant(value: string): string | undefined {
  if (!ISO_WITH_OFFSET.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
