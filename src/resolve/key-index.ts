/** Interned string keys and, for each, the records (by number) that carry it. */
export class KeyIndex {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly holders: number[][] = [];

  /** The number of `key`, interning it on first sight. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(key, id);
      this.names.push(key);
      this.holders.push([]);
    }
    return id;
  }

  /** The number of `key` if it was ever interned. */
  lookup(key: string): number | undefined {
    return this.ids.get(key);
  }

  name(id: number): string {
    return this.names[id]!;
  }

  /** The records carrying key `id`, in insertion order (callers sort when order matters). */
  holdersOf(id: number): readonly number[] {
    return this.holders[id]!;
  }

  degree(id: number): number {
    return this.holders[id]!.length;
  }

  add(id: number, record: number): void {
    this.holders[id]!.push(record);
  }

  remove(id: number, record: number): void {
    const list = this.holders[id]!;
    const at = list.indexOf(record);
    if (at >= 0) {
      list[at] = list[list.length - 1]!;
      list.pop();
    }
  }
}
