/**
 * Role enforcement on Yjs updates. An update is decoded (never applied first) and every inserted
 * struct and every deletion is traced to the root type it belongs to: directly when the item names
 * its parent, through the parent item when it names a parent id, through its left or right
 * neighbour when it names neither (Yjs omits the parent then) — looking first inside the update,
 * then in the room's document.
 *
 * A locked record (one whose `locked` field is true on the server) changes only by the facilitator,
 * who alone may lock and unlock: the app offers nobody else an edit of a locked item, and the server
 * does not take one either.
 *
 * A refused part cannot simply be dropped: Yjs clocks are per client and contiguous, so the
 * client's later, allowed updates would wait forever for the missing range. Refused items are
 * therefore replaced by GC structs of the same length — empty fillers that keep the clock range
 * but carry no content and belong to no type — and refused deletions are left out. What is applied,
 * stored and relayed holds nothing the role may not write.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { checkWrite, type WrittenContent } from '../../shared/schema/field-check.ts';
import { canAmendField, canWriteRoot, ROOT_NAMES, SINGLE_ROOTS, type Role } from '../../shared/schema/index.ts';

type AnyType = Y.AbstractType<unknown>;
type Struct = Y.Item | Y.GC | Y.Skip;

export interface GuardVerdict {
  /** null when everything in the update is allowed */
  refused: string | null;
  /** the update to apply: the original, or one with refused parts removed */
  update: Uint8Array;
  /**
   * Everything in it is new to the document: no struct the document holds, no deletion of what is
   * deleted already. Such an update, once applied, is exactly what the document took from it.
   */
  fresh: boolean;
}

/** a document's root types never change names; looking one up in `doc.share` allocates an entry per root */
const rootNames = new WeakMap<AnyType, string>();

function rootNameOfType(doc: Y.Doc, type: AnyType): string | null {
  let t: AnyType = type;
  while (t._item !== null) {
    const parent = t._item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    t = parent as AnyType;
  }
  const known = rootNames.get(t);
  if (known !== undefined) return known;
  for (const [key, value] of doc.share) {
    if (value !== t) continue;
    rootNames.set(t, key);
    return key;
  }
  return null;
}

/** the document's struct holding `id`, if any (the common lookup: no array, no iterator) */
function docStructAt(doc: Y.Doc, id: Y.ID): Struct | undefined {
  const structs = doc.store.clients.get(id.client);
  if (!structs || structs.length === 0) return undefined;
  const last = structs[structs.length - 1]!;
  if (id.clock < structs[0]!.id.clock || id.clock >= last.id.clock + last.length) return undefined;
  return structs[Y.findIndexSS(structs, id.clock)];
}

/** the document's structs of `client` and the index of the first that overlaps clocks `clock`…`clock + len` (none: an index past the end) */
function docStructsFrom(doc: Y.Doc, client: number, clock: number, len: number): { structs: Struct[]; first: number } {
  const structs = doc.store.clients.get(client) ?? [];
  if (structs.length === 0) return { structs, first: 0 };
  const last = structs[structs.length - 1]!;
  if (clock >= last.id.clock + last.length || clock + len <= structs[0]!.id.clock) return { structs, first: structs.length };
  return { structs, first: Y.findIndexSS(structs, Math.max(clock, structs[0]!.id.clock)) };
}

/** index of the first struct of `list` that ends after `clock` (binary search: updates can be large) */
function firstEndingAfter(list: readonly Struct[], clock: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = list[mid]!;
    if (s.id.clock + s.length <= clock) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function contentOf(item: Y.Item): WrittenContent {
  const c = item.content;
  if (c instanceof Y.ContentType) return c.type instanceof Y.Map ? { kind: 'map' } : { kind: 'other' };
  if (c instanceof Y.ContentAny) return { kind: 'values', values: c.arr };
  return { kind: 'other' };
}

function rootOfDocItem(doc: Y.Doc, item: Y.Item): string | null {
  return item.parent instanceof Y.AbstractType ? rootNameOfType(doc, item.parent as AnyType) : null;
}

/** a struct that writes `false`, and only that */
function unlocked(item: Y.Item): boolean {
  return item.content instanceof Y.ContentAny && item.content.arr.every((v) => v === false);
}

/**
 * The value a record's field, or a key of `meta` or `facilitation`, holds now (not one already
 * overwritten). Yjs sends a client's whole delete set with every update, so a value whose overwrite
 * was refused comes back for deletion with the client's next change; alone, that deletion would leave
 * the record without the field (the board without its agenda, say). The app deletes such a value
 * only by writing a new one, by deleting its record, or by undoing the write that created the key —
 * and no write creates a key: records are written whole, and migrations write every key of `meta`
 * and `facilitation` (shared/board/migrate.ts).
 */
function isFieldValue(doc: Y.Doc, item: Y.Item): boolean {
  const map = item.parent;
  if (item.parentSub === null || !(map instanceof Y.Map) || map._map.get(item.parentSub) !== item) return false;
  if (map._item === null) return SINGLE_ROOTS.some((name) => doc.share.get(name) === (map as AnyType));
  const root = map._item.parent;
  return root instanceof Y.AbstractType && root._item === null;
}

/** the record map holds a value for `key` (a record of the document, not one new in the update) */
function holds(record: AnyType | null, key: string | null): boolean {
  return record instanceof Y.Map && key !== null && record.has(key);
}

/** a deletion that is left out quietly: see isFieldValue */
const STALE = 'stale';

/** a record map of the document that is locked */
function isLocked(record: AnyType | null): boolean {
  return record instanceof Y.Map && record.get('locked') === true;
}

/** What one connection may write. */
export interface GuardPolicy {
  /** the roots it may write at all */
  mayWrite(root: string): boolean;
  /** a struct that cannot be traced counts as refused (for the narrow roles); otherwise it passes */
  strict: boolean;
  /** the facilitator, who may lock, unlock and change locked records */
  mayChangeLocked: boolean;
  /** whether a field of a record the document already holds may change (comments and votes are written once) */
  mayAmend(root: string, key: string | null): boolean;
}

/** What a role may write (shared/schema/roles.ts), as the guard asks it. */
export function guardPolicy(role: Role): GuardPolicy {
  return {
    mayWrite: (root) => (ROOT_NAMES as readonly string[]).includes(root) && canWriteRoot(role, root),
    strict: role !== 'facilitator' && role !== 'editor',
    mayChangeLocked: role === 'facilitator',
    mayAmend: (root, key) => canAmendField(role, root, key),
  };
}

/** where an item sits: its root, how deep below it, its map key, and the document's record it writes a field of */
interface Location { root: string; depth: number; key: string | null; record: AnyType | null }

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;
type DeleteRange = { clock: number; len: number };

/** Check `update` against what `policy` allows. */
export function guardUpdate(doc: Y.Doc, update: Uint8Array, policy: GuardPolicy): GuardVerdict {
  return new UpdateCheck(doc, update, policy).verdict();
}

/**
 * The check of one update. A class, not closures over the update: the guard runs for every update a
 * client sends, and a dozen closures made per call were a third of what it allocates (bench:room).
 */
class UpdateCheck {
  private readonly structs: Struct[];
  private readonly ds: DeleteSet;
  /** the update's structs by client, in clock order */
  private readonly byClient = new Map<number, Struct[]>();
  private readonly memo = new Map<Y.Item, Location | null>();
  /** the items this update writes after (a new value of a field names the one it replaces) */
  private overwritten: Set<string> | null = null;
  /** nothing in the update is known to the document yet (GuardVerdict.fresh) */
  private fresh = true;

  constructor(private readonly doc: Y.Doc, private readonly update: Uint8Array, private readonly policy: GuardPolicy) {
    const { structs, ds } = Y.decodeUpdate(update) as { structs: Struct[]; ds: DeleteSet };
    this.structs = structs;
    this.ds = ds;
    for (const s of structs) {
      const list = this.byClient.get(s.id.client);
      if (list) list.push(s); else this.byClient.set(s.id.client, [s]);
    }
    for (const list of this.byClient.values()) if (list.length > 1) list.sort(byClock);
  }

  verdict(): GuardVerdict {
    const { structs, ds } = this;
    let refused: string | null = null;
    let refusedItems: Set<Y.Item> | null = null;
    for (const s of structs) {
      // what the server holds already changes nothing (Yjs skips it): a reconnecting client may resend it
      if (this.held(s)) { this.fresh = false; continue; }
      if (!(s instanceof Y.Item)) continue;
      const refusal = this.refusedItem(s);
      if (refusal === null) continue;
      (refusedItems ??= new Set()).add(s);
      refused ??= refusal;
    }
    // a stale deletion (the echo of an overwrite refused before) is left out without a word: the
    // client sends it again with every change it makes
    let stale = false;
    /** the deletions left out, stale or refused */
    let leftOut: Set<DeleteRange> | null = null;
    for (const [client, deletes] of ds.clients) {
      for (const d of deletes) {
        const reason = this.refusedDeletion(client, d);
        if (reason === undefined) continue;
        (leftOut ??= new Set()).add(d);
        if (reason === STALE) stale = true;
        else refused ??= reason;
      }
    }
    if (refused === null && !stale) return { refused: null, update: this.update, fresh: this.fresh };

    // The sanitised update: refused items become fillers, refused deletions are left out.
    /** the values that refused map items would replace (their left origin, same key) */
    const replaced = new Map<number, Set<number>>();
    for (const item of refusedItems ?? []) {
      if (!item.origin) continue;
      const set = replaced.get(item.origin.client) ?? new Set<number>();
      set.add(item.origin.clock);
      replaced.set(item.origin.client, set);
    }
    const keptDeletes = new Map<number, DeleteRange[]>();
    for (const [client, deletes] of ds.clients) {
      for (const d of deletes) {
        if (leftOut?.has(d)) continue;
        const list = keptDeletes.get(client) ?? [];
        // A map value replaced by a refused one keeps living: its deletion goes with the refusal.
        let from = d.clock;
        for (const clock of [...(replaced.get(client) ?? [])].sort((x, y) => x - y)) {
          if (clock < from || clock >= d.clock + d.len) continue;
          if (clock > from) list.push({ clock: from, len: clock - from });
          from = clock + 1;
        }
        if (from < d.clock + d.len) list.push({ clock: from, len: d.clock + d.len - from });
        if (list.length) keptDeletes.set(client, list);
      }
    }
    return { refused, update: encodeSanitised(this.byClient, refusedItems ?? new Set(), keptDeletes), fresh: this.fresh };
  }

  /** why the role may not write item `s` (one the document does not hold), null when it may */
  private refusedItem(s: Y.Item): string | null {
    const { policy } = this;
    const loc = this.locate(s, 0);
    if (!this.allowed(loc?.root ?? null)) return mayNotChange(loc?.root ?? null);
    // a new record may say it is not locked; nothing else about a lock is anyone's but the facilitator's
    if (!policy.mayChangeLocked && loc?.depth === 1 && loc.key === 'locked' && (loc.record !== null || !unlocked(s))) return 'only the facilitator locks and unlocks';
    if (!policy.mayChangeLocked && loc?.depth === 1 && isLocked(loc.record)) return 'may not change a locked item';
    // a field the record does not hold yet may be added: a record built a field at a time (a Y.Map
    // set first, then filled, each set its own update) is still being written
    if (loc?.depth === 1 && holds(loc.record, loc.key) && !policy.mayAmend(loc.root, loc.key)) return `may not change what is written in ${loc.root}`;
    // content already deleted carries nothing; everything else must fit the schema
    if (loc && !(s.content instanceof Y.ContentDeleted)) return checkWrite(loc.root, loc.depth, loc.key, contentOf(s));
    return null;
  }

  /** why a deletion may not be made, undefined when it may */
  private refusedDeletion(client: number, d: DeleteRange): string | undefined {
    const { doc } = this;
    let traced = false;
    const list = this.byClient.get(client) ?? NO_STRUCTS;
    for (let i = firstEndingAfter(list, d.clock); i < list.length && list[i]!.id.clock < d.clock + d.len; i++) {
      const s = list[i]!;
      // one the server holds already is judged below, as the server has it
      if (!(s instanceof Y.Item) || this.held(s)) continue;
      const root = this.locate(s, 0)?.root ?? null;
      if (!this.allowed(root)) return mayNotChange(root);
      traced = true;
    }
    const inDoc = docStructsFrom(doc, client, d.clock, d.len);
    for (let i = inDoc.first; i < inDoc.structs.length && inDoc.structs[i]!.id.clock < d.clock + d.len; i++) {
      const s = inDoc.structs[i]!;
      // deleting what is deleted already changes nothing: every update a client sends after a
      // reconnect carries its whole delete set, other people's deletions among it
      if (!(s instanceof Y.Item) || s.deleted) { traced = true; this.fresh = false; continue; }
      const root = rootOfDocItem(doc, s);
      if (!this.allowed(root)) return mayNotChange(root);
      // a locked record, or one of its values
      const record = s.content instanceof Y.ContentType ? (s.content.type as AnyType) : (s.parent as AnyType);
      if (!this.policy.mayChangeLocked && isLocked(record)) return 'may not change a locked item';
      if (isFieldValue(doc, s) && !this.isOverwritten(s) && !this.recordGoes(s)) return STALE;
      traced = true;
    }
    return traced || this.allowed(null) ? undefined : mayNotChange(null);
  }

  private allowed(root: string | null): boolean {
    return root === null ? !this.policy.strict : this.policy.mayWrite(root);
  }

  /** a struct the server's document holds already, whole */
  private held(s: Struct): boolean {
    return s.id.clock + s.length <= Y.getState(this.doc.store, s.id.client);
  }

  /** the update's item holding `id`, if any */
  private findInUpdate(id: Y.ID): Y.Item | null {
    const list = this.byClient.get(id.client);
    if (!list) return null;
    const s = list[firstEndingAfter(list, id.clock)];
    return s instanceof Y.Item && s.id.clock <= id.clock ? s : null;
  }

  /** where an item of the update sits (traced through parents and neighbours, in the update or the document) */
  private locate(item: Y.Item, hops: number): Location | null {
    const { memo } = this;
    if (memo.has(item)) return memo.get(item)!;
    memo.set(item, null); // hostile input may loop
    let loc: Location | null = null;
    const parent = item.parent as unknown;
    if (hops < 10_000) {
      if (typeof parent === 'string') loc = { root: parent, depth: 0, key: item.parentSub, record: null };
      else if (parent instanceof Y.ID) {
        // the parent item holds a type: new in this update, or the document's, whose place is known
        const inUpdate = this.findInUpdate(parent);
        if (inUpdate) {
          const p = inUpdate.content instanceof Y.ContentType ? this.locate(inUpdate, hops + 1) : null;
          loc = p && { root: p.root, depth: p.depth + 1, key: item.parentSub, record: null };
        } else {
          const inDoc = docStructAt(this.doc, parent);
          loc = inDoc instanceof Y.Item && inDoc.content instanceof Y.ContentType ? this.locateType(inDoc.content.type as AnyType, item.parentSub) : null;
        }
      } else if (parent instanceof Y.AbstractType) loc = this.locateType(parent as AnyType, item.parentSub);
      else {
        const neighbour = item.origin ?? item.rightOrigin;
        const n = neighbour && this.locateId(neighbour, hops + 1);
        loc = n && { root: n.root, depth: n.depth, key: item.parentSub ?? n.key, record: n.record };
      }
    }
    memo.set(item, loc);
    return loc;
  }

  /** where a type of the document sits */
  private locateType(type: AnyType, key: string | null): Location | null {
    let depth = 0;
    let t: AnyType = type;
    while (t._item !== null) {
      const parent = t._item.parent;
      if (!(parent instanceof Y.AbstractType)) return null;
      t = parent as AnyType;
      depth++;
    }
    const root = rootNameOfType(this.doc, t);
    return root === null ? null : { root, depth, key, record: depth === 1 ? type : null };
  }

  /** where the item `id` sits: a sibling's place, which an item naming neither parent nor key shares */
  private locateId(id: Y.ID, hops: number): Location | null {
    const inUpdate = this.findInUpdate(id);
    if (inUpdate) return this.locate(inUpdate, hops);
    const inDoc = docStructAt(this.doc, id);
    if (!(inDoc instanceof Y.Item)) return null;
    return inDoc.parent instanceof Y.AbstractType ? this.locateType(inDoc.parent as AnyType, inDoc.parentSub) : null;
  }

  /** the update writes a value after `s` (a new value of a field names the one it replaces) */
  private isOverwritten(s: Y.Item): boolean {
    this.overwritten ??= new Set(this.structs.flatMap((x) => (x instanceof Y.Item && x.origin ? [`${x.origin.client}:${x.origin.clock}`] : [])));
    return this.overwritten.has(`${s.id.client}:${s.id.clock + s.length - 1}`);
  }

  /** the update deletes the record this value belongs to (its fields go with it) */
  private recordGoes(s: Y.Item): boolean {
    const id = (s.parent as AnyType)._item?.id;
    return !!id && (this.ds.clients.get(id.client) ?? []).some((d) => id.clock >= d.clock && id.clock < d.clock + d.len);
  }
}

const byClock = (a: Struct, b: Struct) => a.id.clock - b.id.clock;
const NO_STRUCTS: readonly Struct[] = [];
const mayNotChange = (root: string | null) => `may not change ${root ?? 'an untraceable part'}`;

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
