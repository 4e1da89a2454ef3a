import { describe, expect, it } from 'vitest';
import { attitudeId, engagementId, fieldId, levelValue, leverIds, sectorId, statusId } from './vocabulary.ts';

describe('fieldId', () => {
  it('maps plan wordings of the five fields', () => {
    const cases: Array<[string, string]> = [
      ['Energy systems', 'energy'], ['Energy', 'energy'], ['energy', 'energy'],
      ['Mobility & transport', 'mobility'], ['Transport', 'mobility'],
      ['Built environment', 'buildings'], ['Buildings', 'buildings'],
      ['Waste & Circular economy', 'waste'], ['Waste', 'waste'], ['waste & circular  economy', 'waste'],
      ['Green infrastructure & nature-based solutions', 'nature'], ['Nature-based solutions', 'nature'],
      ['Green infrastructure & Nature based solutions', 'nature'],
      ['Energetika', 'energy'], ['Promet', 'mobility'], ['Mobilnost', 'mobility'], ['Stavbe', 'buildings'],
      ['Odpadki', 'waste'], ['Narava', 'nature'], ['Zelena infrastruktura', 'nature'],
    ];
    for (const [label, id] of cases) expect(fieldId(label), label).toBe(id);
  });
  it('knows the board\'s extra fields and cross-cutting', () => {
    expect(fieldId('industry', ['Industry'])).toBe('Industry');
    expect(fieldId('', ['Industry'])).toBe('');
    expect(fieldId('Cross-cutting')).toBe('');
    expect(fieldId('Tourism')).toBeNull();
  });
});

describe('leverIds', () => {
  it('keeps "Technology/ Infrastructure" as one lever', () => {
    expect(leverIds('Technology/ Infrastructure')).toEqual({ levers: ['technology'], unknown: [] });
    expect(leverIds('Technology and Infrastructure').levers).toEqual(['technology']);
    expect(leverIds('Governance, policy and regulation').levers).toEqual(['governance']);
  });
  it('maps plan wordings', () => {
    const cases: Array<[string, string]> = [
      ['Technology', 'technology'], ['Governance & Policy', 'governance'], ['Policy & Regulation', 'governance'],
      ['Social innovation', 'social'], ['Democracy/Participation', 'democracy'], ['Democracy & participation', 'democracy'],
      ['Finance & Funding', 'finance'], ['Capacities & learning', 'learning'], ['Learning & Capabilities', 'learning'],
      ['Learning and capabilities', 'learning'], ['technology', 'technology'], ['Družbene inovacije', 'social'],
      ['Financiranje', 'finance'], ['Tehnologija/infrastruktura', 'technology'],
    ];
    for (const [label, id] of cases) expect(leverIds(label).levers, label).toEqual([id]);
  });
  it('splits lists in order and reports what it cannot place', () => {
    expect(leverIds('Governance & policy; Social innovation; Democracy & participation').levers)
      .toEqual(['governance', 'social', 'democracy']);
    expect(leverIds('Governance, policy and regulation; Capacities & learning').levers).toEqual(['governance', 'learning']);
    expect(leverIds('Technology/Governance').levers).toEqual(['technology', 'governance']);
    expect(leverIds('Technology; Magic').unknown).toEqual(['Magic']);
  });
});

describe('other vocabularies', () => {
  it('maps statuses', () => {
    expect(statusId('In progress')).toBe('ongoing');
    expect(statusId('Completed')).toBe('done');
    expect(statusId('cancelled')).toBe('dropped');
    expect(statusId('v teku')).toBe('ongoing');
    expect(statusId('planned')).toBe('planned');
    expect(statusId('whatever')).toBeNull();
  });
  it('maps A-3.2 stakeholder types to helix sectors', () => {
    const cases: Array<[string, string | null]> = [
      ['Local Authority', 'public'], ['National Body', 'public'], ['National Authority', 'public'],
      ['Enterprise', 'business'], ['Company', 'business'], ['Joint stock company', 'business'],
      ['Municipal concessioner for urban transport', 'business'], ['Private stakeholders', 'business'],
      ['University', 'academia'], ['Research institute', 'academia'], ['Faculty R&D', 'academia'], ['Schools', 'academia'],
      ['NGO', 'civil'], ['Informal network', 'civil'], ['Citizens', 'civil'], ['NGOs and social enterprises', 'civil'],
      ['Municipal utility company', 'public'], ['Funds', 'public'], ['EU initiative', 'public'],
      ['Solar company', 'business'], ['Environment', 'environment'], ['public', 'public'], ['', null],
    ];
    for (const [label, id] of cases) expect(sectorId(label), label).toBe(id);
  });
  it('maps attitudes, engagement and levels', () => {
    expect(attitudeId('Supportive')).toBe('supporter');
    expect(attitudeId('against')).toBe('opponent');
    expect(engagementId('Collaboration')).toBe('collaborate');
    expect(engagementId('EMPOWER')).toBe('empower');
    expect(levelValue('High')).toBe(85);
    expect(levelValue('medium')).toBe(50);
    expect(levelValue('low ')).toBe(15);
    expect(levelValue('visoka')).toBe(85);
    expect(levelValue('')).toBeNull();
  });
});
