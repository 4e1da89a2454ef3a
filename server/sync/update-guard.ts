/**
 * Role enforcement on Yjs updates. An update is decoded (never applied first) and every inserted
 * struct and every deletion is traced to the root type it belongs to: directly when the item names
 * its parent, through the parent item when it names a parent id, through its left or right
 * neighbour when it names neither (Yjs omits the parent then) — looking first inside the update,
 * then in the room's document.
 *
 * A refused part cannot simply be dropped: Yjs clocks are per client and contiguous, so the
 * client's later, allowed updates would wait forever for the missing range. Refused items are
 * therefore replaced by GC structs of the same length — empty fillers that keep the clock range
 * but carry no content and belong to no type — and refused deletions are left out. What is applied,
 * stored and relayed holds nothing the role may not write.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

type AnyType = Y.AbstractType<unknown>;
type Struct = Y.Item | Y.GC | Y.Skip;

export interface GuardVerdict {
  /** null when everything in the update is allowed */
  refused: string | null;
  /** the update to apply: the original, or one with refused parts removed */
  update: Uint8Array;
}

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

function docStructs(doc: Y.Doc, client: number, clock: number, len: number): Struct[] {
  const structs = doc.store.clients.get(client);
  if (!structs || structs.length === 0) return [];
  const last = structs[structs.length - 1]!;
  if (clock >= last.id.clock + last.length || clock + len <= structs[0]!.id.clock) return [];
  const out: Struct[] = [];
  for (let i = Y.findIndexSS(structs, Math.max(clock, structs[0]!.id.clock)); i < structs.length; i++) {
    const s = structs[i]!;
    if (s.id.clock >= clock + len) break;
    out.push(s);
  }
  return out;
}

function rootOfDocItem(doc: Y.Doc, item: Y.Item): string | null {
  return item.parent instanceof Y.AbstractType ? rootNameOfType(doc, item.parent as AnyType) : null;
}

/**
 * Check `update` against `mayWrite(root)`. `strict`: a struct that cannot be traced counts as
 * refused (for the narrow roles); otherwise it passes.
 */
export function guardUpdate(doc: Y.Doc, update: Uint8Array, mayWrite: (root: string) => boolean, strict: boolean): GuardVerdict {
  const { structs, ds } = Y.decodeUpdate(update) as { structs: Struct[]; ds: ReturnType<typeof Y.createDeleteSet> };
  const byClient = new Map<number, Struct[]>();
  for (const s of structs) {
    const list = byClient.get(s.id.client) ?? [];
    list.push(s);
    byClient.set(s.id.client, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  const findInUpdate = (id: Y.ID): Y.Item | null => {
    const s = byClient.get(id.client)?.find((i) => i.id.clock <= id.clock && id.clock < i.id.clock + i.length);
    return s instanceof Y.Item ? s : null;
  };

  const memo = new Map<Y.Item, string | null>();
  const rootOfItem = (item: Y.Item, depth: number): string | null => {
    if (memo.has(item)) return memo.get(item)!;
    memo.set(item, null); // hostile input may loop
    let root: string | null = null;
    const parent = item.parent as unknown;
    if (depth < 10_000) {
      if (typeof parent === 'string') root = parent;
      else if (parent instanceof Y.ID) root = rootOfId(parent, depth + 1, true);
      else if (parent instanceof Y.AbstractType) root = rootNameOfType(doc, parent as AnyType);
      else {
        const neighbour = item.origin ?? item.rightOrigin;
        if (neighbour) root = rootOfId(neighbour, depth + 1, false);
      }
    }
    memo.set(item, root);
    return root;
  };
  const rootOfId = (id: Y.ID, depth: number, asParent: boolean): string | null => {
    const inUpdate = findInUpdate(id);
    if (inUpdate) {
      if (!asParent) return rootOfItem(inUpdate, depth);
      // the parent is a type created in this same update: its own root is ours
      return inUpdate.content instanceof Y.ContentType ? rootOfItem(inUpdate, depth) : null;
    }
    const [inDoc] = docStructs(doc, id.client, id.clock, 1);
    if (!(inDoc instanceof Y.Item)) return null;
    if (asParent) return inDoc.content instanceof Y.ContentType ? rootNameOfType(doc, inDoc.content.type as AnyType) : null;
    return rootOfDocItem(doc, inDoc);
  };
  const allowed = (root: string | null) => (root === null ? !strict : mayWrite(root));

  let refused: string | null = null;
  const refusedItems = new Set<Y.Item>();
  for (const s of structs) {
    if (!(s instanceof Y.Item)) continue;
    const root = rootOfItem(s, 0);
    if (!allowed(root)) { refusedItems.add(s); refused ??= root ?? 'an untraceable change'; }
  }
  const keptDeletes = new Map<number, { clock: number; len: number }[]>();
  for (const [client, deletes] of ds.clients) {
    for (const d of deletes) {
      const targets: (string | null)[] = [];
      for (const s of byClient.get(client) ?? []) {
        if (s instanceof Y.Item && s.id.clock < d.clock + d.len && d.clock < s.id.clock + s.length) targets.push(rootOfItem(s, 0));
      }
      for (const s of docStructs(doc, client, d.clock, d.len)) if (s instanceof Y.Item) targets.push(rootOfDocItem(doc, s));
      if (targets.length === 0) targets.push(null);
      if (targets.every(allowed)) {
        const list = keptDeletes.get(client) ?? [];
        list.push({ clock: d.clock, len: d.len });
        keptDeletes.set(client, list);
      } else {
        refused ??= targets.find((t) => !allowed(t)) ?? 'an untraceable change';
      }
    }
  }
  if (refused === null) return { refused: null, update };
  return { refused, update: encodeSanitised(byClient, refusedItems, keptDeletes) };
}

function encodeSanitised(
  byClient: Map<number, Struct[]>, refusedItems: Set<Y.Item>, deletes: Map<number, { clock: number; len: number }[]>,
): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, list] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, list[0]!.id.clock);
    for (const s of list) {
      if (s instanceof Y.Item && refusedItems.has(s)) new Y.GC(s.id, s.length).write(encoder, 0);
      else s.write(encoder, 0);
    }
  }
  encoding.writeVarUint(encoder.restEncoder, deletes.size);
  for (const [client, list] of deletes) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, list.length);
    for (const d of list) { encoder.writeDsClock(d.clock); encoder.writeDsLen(d.len); }
  }
  return encoder.toUint8Array();
}
