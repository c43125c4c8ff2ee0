/** A small union-find over string keys, with path halving and union by size. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  /** Returns the representative of `key`, adding it as a singleton if new. */
  find(key: string): string {
    if (!this.parent.has(key)) {
      this.parent.set(key, key);
      this.size.set(key, 1);
      return key;
    }
    let node = key;
    let parent = this.parent.get(node)!;
    while (parent !== node) {
      const grand = this.parent.get(parent)!;
      this.parent.set(node, grand);
      node = grand;
      parent = this.parent.get(node)!;
    }
    return node;
  }

  /** Joins the sets of `a` and `b`. */
  union(a: string, b: string): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size.get(ra)! < this.size.get(rb)!) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, this.size.get(ra)! + this.size.get(rb)!);
  }
}
