/** Prometheus metrics of one server process (its own registry: no global state). */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { RoomEvents } from './sync/room.ts';
import type { RoomRegistry } from './sync/registry.ts';

export function createMetrics(getRegistry: () => RoomRegistry | undefined) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'leverboard_' });
  const accepted = new Counter({ name: 'leverboard_updates_accepted_total', help: 'Document updates accepted', registers: [registry] });
  const acceptedBytes = new Counter({ name: 'leverboard_update_bytes_total', help: 'Bytes of accepted updates', registers: [registry] });
  const rejected = new Counter({ name: 'leverboard_updates_rejected_total', help: 'Updates refused by role', labelNames: ['role'], registers: [registry] });
  const errors = new Counter({ name: 'leverboard_room_errors_total', help: 'Errors in rooms (storage, fan-out)', registers: [registry] });
  new Gauge({ name: 'leverboard_rooms', help: 'Boards loaded in memory', registers: [registry], collect() { this.set(getRegistry()?.roomCount ?? 0); } });
  new Gauge({ name: 'leverboard_connections', help: 'Open sync connections', registers: [registry], collect() { this.set(getRegistry()?.connectionCount ?? 0); } });

  const events: RoomEvents = {
    accepted: (_board, bytes) => { accepted.inc(); acceptedBytes.inc(bytes); },
    rejected: (_board, role) => rejected.inc({ role }),
    error: () => errors.inc(),
  };
  return { registry, events };
}
