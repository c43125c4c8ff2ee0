import type { FieldView } from './ecs-view.js';

/** A counting rule's aggregation: group, window, what to count, and the count that fires. */
export interface AggregationSpec {
  groupBy: readonly string[];
  /** Sliding window in ms; undefined: all of the data is one window. */
  windowMs?: number;
  /** Count distinct values of this field (e.g. `subject`); undefined: count events. */
  countDistinct?: string;
  threshold: number;
}

/** A group that reached the threshold: its key values, its count, and the events of its densest window. */
export interface AggregateGroup<T> {
  values: { field: string; value: string }[];
  count: number;
  members: T[];
}

/** One value of a field as text (lists joined), or undefined when the field is empty. */
export function fieldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const list = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
  const text = list.map(String).join(',');
  return text === '' ? undefined : text;
}

interface Keyed<T> {
  item: T;
  at: number;
  key: string;
}

/** The window with the most distinct keys (linear: each item enters and leaves the window once). */
function densest<T>(items: readonly Keyed<T>[], windowMs: number): { start: number; end: number; count: number } {
  const counts = new Map<string, number>();
  let best = { start: 0, end: -1, count: 0 };
  let start = 0;
  for (let end = 0; end < items.length; end++) {
    const key = items[end]!.key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    while (items[start]!.at < items[end]!.at - windowMs) {
      const left = counts.get(items[start]!.key)! - 1;
      if (left === 0) counts.delete(items[start]!.key);
      else counts.set(items[start]!.key, left);
      start++;
    }
    if (counts.size > best.count) best = { start, end, count: counts.size };
  }
  return best;
}

/**
 * Groups matched events (in time order) by the group_by fields and counts events, or distinct values
 * of a field, in a sliding window. Returns the groups whose densest window reaches the threshold.
 * Events that lack a group_by or count_distinct value cannot be placed and are left out.
 */
export function aggregate<T extends { at: number; view: FieldView }>(matches: readonly T[], spec: AggregationSpec): AggregateGroup<T>[] {
  const groups = new Map<string, { values: AggregateGroup<T>['values']; items: Keyed<T>[] }>();
  const texts: string[] = [];
  matches.forEach((item, index) => {
    texts.length = 0;
    for (const field of spec.groupBy) {
      const value = fieldText(item.view.get(field));
      if (value === undefined) return;
      texts.push(value);
    }
    const key = spec.countDistinct === undefined ? `#${index}` : fieldText(item.view.get(spec.countDistinct));
    if (key === undefined) return;
    const id = texts.join('\u0000');
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { values: spec.groupBy.map((field, i) => ({ field, value: texts[i]! })), items: [] }));
    group.items.push({ item, at: item.at, key });
  });
  const out: AggregateGroup<T>[] = [];
  for (const { values, items } of groups.values()) {
    const best = densest(items, spec.windowMs ?? Infinity);
    if (best.count >= spec.threshold) out.push({ values, count: best.count, members: items.slice(best.start, best.end + 1).map((k) => k.item) });
  }
  return out;
}
