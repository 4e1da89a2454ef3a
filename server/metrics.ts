/**
 * Prometheus metrics of one server process (its own registry: no global state).
 *
 * Counting is a few integers kept here. prom-client — with the OpenTelemetry API it loads, over a
 * hundred modules, and the event-loop and GC observers of its default metrics — is loaded on the
 * first scrape of /metrics, and its metrics read these counts when collected. A server nobody
 * scrapes loads none of it and runs no observers; one that is scraped reports everything counted
 * since it started (the default process metrics — event-loop lag, GC — start with the first scrape).
 */
import type { Registry } from 'prom-client';
import type { Role } from '../shared/schema/index.ts';
import type { RoomEvents } from './sync/room.ts';
import type { RoomRegistry } from './sync/registry.ts';

export interface Metrics {
  /** what the rooms report (accepted, refused, failed) */
  events: RoomEvents;
  /** the Prometheus text exposition */
  render(): Promise<{ body: string; contentType: string }>;
}

export function createMetrics(getRegistry: () => RoomRegistry | undefined): Metrics {
  const counts = { accepted: 0, acceptedBytes: 0, errors: 0, rejected: new Map<Role, number>() };
  let registry: Promise<Registry> | null = null;

  async function build(): Promise<Registry> {
    const { Counter, Gauge, Registry, collectDefaultMetrics } = await import('prom-client');
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'leverboard_' });
    const counter = (name: string, help: string, read: () => number) => new Counter({
      name, help, registers: [registry], collect() { this.reset(); this.inc(read()); },
    });
    counter('leverboard_updates_accepted_total', 'Document updates accepted', () => counts.accepted);
    counter('leverboard_update_bytes_total', 'Bytes of accepted updates', () => counts.acceptedBytes);
    counter('leverboard_room_errors_total', 'Errors in rooms (storage, fan-out)', () => counts.errors);
    new Counter({
      name: 'leverboard_updates_rejected_total', help: 'Updates refused by role', labelNames: ['role'], registers: [registry],
      collect() { this.reset(); for (const [role, n] of counts.rejected) this.inc({ role }, n); },
    });
    new Gauge({ name: 'leverboard_rooms', help: 'Boards loaded in memory', registers: [registry], collect() { this.set(getRegistry()?.roomCount ?? 0); } });
    new Gauge({ name: 'leverboard_connections', help: 'Open sync connections', registers: [registry], collect() { this.set(getRegistry()?.connectionCount ?? 0); } });
    return registry;
  }

  return {
    events: {
      accepted: (_board, bytes) => { counts.accepted++; counts.acceptedBytes += bytes; },
      rejected: (_board, role) => counts.rejected.set(role, (counts.rejected.get(role) ?? 0) + 1),
      error: () => { counts.errors++; },
    },
    async render() {
      registry ??= build();
      const r = await registry;
      return { body: await r.metrics(), contentType: r.contentType };
    },
  };
}
