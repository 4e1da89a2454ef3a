import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as Y from 'yjs';
import { addIntervention, addRecord, addRelation, addStakeholder, initBoard, snapshotBoard } from '../../board/index.ts';
import { canvasSvg, matrixSvg, networkSvg, stakeholderGridSvg } from './index.ts';

function board() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Test', city: 'Kranj' }, 1);
  addIntervention(doc, { code: '1.1', title: 'District heating <RES> & "heat pumps"', field: 'energy', levers: ['technology', 'finance'] });
  addIntervention(doc, { code: 'X', title: '<b>&', field: 'waste', levers: ['social'] });
  addIntervention(doc, { code: 'GOV-1', title: 'Climate office', field: '', levers: ['governance'] });
  addIntervention(doc, { code: '9', title: 'Dropped one', field: 'energy', levers: ['social'], status: 'dropped' });
  const a = addStakeholder(doc, { name: 'Občina Kranj', sector: 'public', power: 90, interest: 90, x: 10, y: 10 });
  const b = addStakeholder(doc, { name: 'Žiga\u0007 d.o.o.', sector: 'business', power: 20, interest: 80 });
  addRelation(doc, { from: a.id, to: b.id, type: 'funds', directed: true, label: 'Sofinanciranje' });
  const n1 = addRecord(doc, 'canvas', { kind: 'note', x: 0, y: 0, w: 160, h: 100, text: 'Čakalne vrste', color: 'yellow' });
  const n2 = addRecord(doc, 'canvas', { kind: 'ellipse', x: 300, y: 0, w: 100, h: 100, text: 'Idea', color: '#ff0000' });
  addRecord(doc, 'canvas', { kind: 'connector', from: n1.id, to: n2.id });
  addRecord(doc, 'canvas', { kind: 'note', x: 0, y: 200, text: 'my private note', private: true });
  return snapshotBoard(doc);
}

const texts = (svg: string) => {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) { if (k === '#text') out.push(String(v)); else walk(v); }
  };
  walk(new XMLParser({ ignoreAttributes: true, preserveOrder: true }).parse(svg));
  return out;
};

describe('SVG pictures', () => {
  const b = board();

  it('the portfolio matrix has the levers, the fields and the cards; dropped cards stay out', () => {
    const { svg, width, height } = matrixSvg(b);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    const t = texts(svg).join(' ').replace(/\/ /g, '/').replace(/&amp;/g, '&');
    for (const s of ['Technology/Infrastructure', 'Learning & Capabilities', 'Energy systems', 'Cross-cutting', 'GOV-1 Climate office']) expect(t).toContain(s);
    expect(t).toContain('1.1 District heating');
    expect(t).toContain('X <b>&');
    expect(svg).toContain('X &lt;b&gt;&amp;');
    expect(t).not.toContain('Dropped one');
    expect(texts(matrixSvg(b, 'sl').svg).join('\n')).toContain('Energetski sistemi');
    // standing on its own: the board's title, each field's totals and a key to the shades
    expect(t).toContain('Portfolio matrix: Test — Kranj');
    expect(t).toContain('interventions: 1');
    for (const s of ['Lever coverage', 'no intervention pulls this lever', 'one intervention', 'two or more']) expect(t).toContain(s);
    // in a report, under the report's own heading, it has none
    expect(texts(matrixSvg(b, 'en', { heading: false }).svg).join(' ')).not.toContain('Portfolio matrix: Test');
  });

  it('the power/interest grid names the quadrants and the stakeholders, without control characters', () => {
    const { svg } = stakeholderGridSvg(b);
    expect(XMLValidator.validate(svg)).toBe(true);
    const t = texts(svg);
    for (const s of ['Manage closely', 'Keep satisfied', 'Keep informed', 'Monitor', 'Občina Kranj', 'Žiga d.o.o.']) expect(t).toContain(s);
    expect(svg).toMatch(/<circle [^>]*fill="#0072B2"/);
    const numbered = stakeholderGridSvg(b, 'sl', { labels: 'numbers' }).svg;
    expect(texts(numbered)).toEqual(expect.arrayContaining(['1', '2', 'Tesno upravljaj']));
    expect(texts(numbered)).not.toContain('Občina Kranj');
  });

  it('the network draws every stakeholder and relation, with an arrowhead when directed', () => {
    const { svg } = networkSvg(b);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Občina Kranj', 'Sofinanciranje']));
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
    expect(svg.match(/<rect [^>]*rx="8"/g)).toHaveLength(2);
  });

  it('the canvas draws notes, shapes and connectors, never private notes', () => {
    const { svg } = canvasSvg(b);
    expect(XMLValidator.validate(svg)).toBe(true);
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(['Čakalne vrste', 'Idea']));
    expect(t.join(' ')).not.toContain('private');
    expect(svg).toContain('<ellipse');
    expect(svg).toContain('fill="#ff0000"');
    expect(svg.match(/<line /g)).toHaveLength(1);
  });

  it('empty boards give a valid picture that says so', () => {
    const empty = { ...b, interventions: [], stakeholders: [], relations: [], canvas: [] };
    for (const p of [matrixSvg(empty), stakeholderGridSvg(empty), networkSvg(empty), canvasSvg(empty)]) expect(XMLValidator.validate(p.svg)).toBe(true);
    expect(texts(networkSvg(empty).svg)).toContain('None yet.');
  });
});
