/**
 * Several replicas edit concurrently through the typed board functions, exchange their updates
 * in different orders, and must end with equal boards — with no edit of a different field lost.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addIntervention, addRelation, addStakeholder, deleteStakeholder, getRecord, initBoard, moveIntervention,
  snapshotBoard, updateIntervention, updateMeta,
} from './index.ts';

function replicas(n: number): Y.Doc[] {
  const origin = new Y.Doc();
  initBoard(origin, { title: 'Kranj workshop', city: 'Kranj' }, 1000);
  const state = Y.encodeStateAsUpdate(origin);
  return Array.from({ length: n }, () => { const d = new Y.Doc(); Y.applyUpdate(d, state); return d; });
}

/** Deliver every doc's updates to every other, in a shuffled order per receiver. */
function exchange(docs: Y.Doc[], seed = 1): void {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  const updates = docs.map((d) => Y.encodeStateAsUpdate(d));
  for (const [i, d] of docs.entries()) {
    const order = updates.map((u, j) => ({ u, j, r: rand() })).filter((x) => x.j !== i).sort((a, b) => a.r - b.r);
    for (const { u } of order) Y.applyUpdate(d, u);
  }
}

describe('concurrent edits converge', () => {
  it('different fields of one card are all kept', () => {
    const [a, b, c] = replicas(3) as [Y.Doc, Y.Doc, Y.Doc];
    const card = addIntervention(a, { title: 'Solar', field: 'energy', levers: ['technology'] });
    exchange([a, b, c]);
    updateIntervention(a, card.id, { title: 'Solar roofs' });
    updateIntervention(b, card.id, { costEur: 53_073_000 });
    moveIntervention(c, card.id, 'buildings', 'finance');
    exchange([a, b, c], 7);
    const snaps = [a, b, c].map(snapshotBoard);
    expect(snaps[1]).toEqual(snaps[0]);
    expect(snaps[2]).toEqual(snaps[0]);
    const merged = getRecord(a, 'interventions', card.id)!;
    expect(merged).toMatchObject({ title: 'Solar roofs', costEur: 53_073_000, field: 'buildings', levers: ['finance'] });
  });

  it('a random workload on five replicas ends equal', () => {
    const docs = replicas(5);
    let seed = 42;
    const rand = (n: number) => Math.floor(((seed = (seed * 48271) % 2147483647) / 2147483647) * n);
    for (let round = 0; round < 20; round++) {
      for (const d of docs) {
        const cards = [...d.getMap('interventions').keys()];
        const op = rand(4);
        if (op === 0 || cards.length === 0) addIntervention(d, { title: `card ${round}`, costEur: rand(1000) });
        else if (op === 1) updateIntervention(d, cards[rand(cards.length)]!, { reductionTco2e: rand(500) });
        else if (op === 2) moveIntervention(d, cards[rand(cards.length)]!, ['energy', 'waste', ''][rand(3)]!, 'governance');
        else d.getMap('interventions').delete(cards[rand(cards.length)]!);
      }
      if (round % 3 === 0) exchange(docs, round + 1);
    }
    updateMeta(docs[0]!, { baselineTco2e: 238_832 });
    updateMeta(docs[1]!, { targetReductionPct: 80 });
    exchange(docs, 99);
    const first = snapshotBoard(docs[0]!);
    for (const d of docs.slice(1)) expect(snapshotBoard(d)).toEqual(first);
    expect(first.meta.baselineTco2e).toBe(238_832);
  });

  it('deleting a stakeholder while someone links it leaves no dangling relation', () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    const s1 = addStakeholder(a, { name: 'City of Kranj' });
    const s2 = addStakeholder(a, { name: 'Domplan' });
    const card = addIntervention(a, { title: 'District heating', stakeholders: [s1.id, s2.id] });
    addRelation(a, { from: s1.id, to: s2.id, type: 'funds' });
    exchange([a, b]);
    deleteStakeholder(a, s2.id);
    updateIntervention(b, card.id, { costEur: 5 });
    exchange([a, b], 3);
    expect(snapshotBoard(a)).toEqual(snapshotBoard(b));
    expect(snapshotBoard(a).relations).toEqual([]);
    expect(getRecord(b, 'interventions', card.id)!.stakeholders).toEqual([s1.id]);
  });
});
