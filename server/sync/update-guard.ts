/**
 * Which root types a Yjs update touches — the basis of role enforcement. The update is decoded
 * (never applied) and every inserted item and every deletion is traced to its root: directly when
 * the item names its parent, through the parent item when it names a parent id, through its left or
 * right neighbour when it names neither (Yjs omits the parent then), looking first inside the update
 * and then in the room's document. Anything that cannot be traced is reported as unresolved.
 */
import * as Y from 'yjs';

export interface TouchedRoots { roots: Set<string>; unresolved: boolean }

type DecodedItem = Y.Item;
type AnyType = Y.AbstractType<unknown>;

function rootNameOfType(doc: Y.Doc, type: AnyType): string | null {
  let t: AnyType = type;
  while (t._item !== null) {
    const parent = t._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    t = parent as AnyType;
  }
  for (const [key, value] of doc.share) if (value === t) return key;
  return null;
}

function findDocItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  const structs = doc.store.clients.get(id.client);
  if (!structs || structs.length === 0) return null;
  const last = structs[structs.length - 1]!;
  if (id.clock >= last.id.clock + last.length) return null;
  try {
    const s = structs[Y.findIndexSS(structs, id.clock)];
    return s instanceof Y.Item ? s : null;
  } catch {
    return null;
  }
}

export function rootsTouchedBy(doc: Y.Doc, update: Uint8Array): TouchedRoots {
  const { structs, ds } = Y.decodeUpdate(update);
  const items: DecodedItem[] = structs.filter((s): s is Y.Item => s instanceof Y.Item);
  const byClient = new Map<number, DecodedItem[]>();
  for (const item of items) {
    const list = byClient.get(item.id.client) ?? [];
    list.push(item);
    byClient.set(item.id.client, list);
  }
  const findUpdateItem = (id: Y.ID): DecodedItem | null =>
    byClient.get(id.client)?.find((i) => i.id.clock <= id.clock && id.clock < i.id.clock + i.length) ?? null;

  const memo = new Map<DecodedItem, string | null>();
  const rootOfUpdateItem = (item: DecodedItem, depth: number): string | null => {
    if (memo.has(item)) return memo.get(item)!;
    if (depth > 10_000) return null;
    memo.set(item, null); // guards against cycles in hostile input
    let root: string | null = null;
    const parent = item.parent as unknown;
    if (typeof parent === 'string') root = parent;
    else if (parent instanceof Y.ID) root = rootOfId(parent, depth + 1, true);
    else {
      const neighbour = item.origin ?? item.rightOrigin;
      if (neighbour) root = rootOfId(neighbour, depth + 1, false);
    }
    memo.set(item, root);
    return root;
  };
  /** asParent: the id names the parent item (a type), else a sibling whose parent we share */
  const rootOfId = (id: Y.ID, depth: number, asParent: boolean): string | null => {
    const inUpdate = findUpdateItem(id);
    if (inUpdate) return rootOfUpdateItem(inUpdate, depth);
    const inDoc = findDocItem(doc, id);
    if (!inDoc) return null;
    if (asParent) {
      const content = inDoc.content;
      return content instanceof Y.ContentType ? rootNameOfType(doc, content.type as AnyType) : null;
    }
    return inDoc.parent instanceof Y.AbstractType ? rootNameOfType(doc, inDoc.parent as AnyType) : null;
  };

  const roots = new Set<string>();
  let unresolved = false;
  for (const item of items) {
    const root = rootOfUpdateItem(item, 0);
    if (root === null) unresolved = true;
    else roots.add(root);
  }
  for (const [client, deletes] of ds.clients) {
    for (const { clock, len } of deletes) {
      const inUpdate = byClient.get(client)?.filter((i) => i.id.clock < clock + len && clock < i.id.clock + i.length) ?? [];
      for (const i of inUpdate) {
        const root = rootOfUpdateItem(i, 0);
        if (root === null) unresolved = true; else roots.add(root);
      }
      const structs = doc.store.clients.get(client);
      let found = inUpdate.length > 0;
      if (structs && structs.length) {
        const last = structs[structs.length - 1]!;
        if (clock < last.id.clock + last.length) {
          for (let i = Y.findIndexSS(structs, Math.max(clock, structs[0]!.id.clock)); i < structs.length; i++) {
            const s = structs[i]!;
            if (s.id.clock >= clock + len) break;
            found = true;
            if (s instanceof Y.Item) {
              const root = s.parent instanceof Y.AbstractType ? rootNameOfType(doc, s.parent as AnyType) : null;
              if (root === null) unresolved = true; else roots.add(root);
            }
          }
        }
      }
      if (!found) unresolved = true;
    }
  }
  return { roots, unresolved };
}
