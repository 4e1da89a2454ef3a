import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics.ts';

describe('metrics', () => {
  it('reports what was counted before the first scrape, and keeps counting after it', async () => {
    const metrics = createMetrics(() => undefined);
    metrics.events.accepted?.('b1', 100);
    metrics.events.accepted?.('b2', 20);
    metrics.events.rejected?.('b1', 'viewer', 'viewers cannot change the board');
    metrics.events.error?.('b1', new Error('disk full'));
    const first = await metrics.render();
    expect(first.contentType).toContain('text/plain');
    expect(first.body).toMatch(/^leverboard_updates_accepted_total 2$/m);
    expect(first.body).toMatch(/^leverboard_update_bytes_total 120$/m);
    expect(first.body).toMatch(/^leverboard_updates_rejected_total\{role="viewer"\} 1$/m);
    expect(first.body).toMatch(/^leverboard_room_errors_total 1$/m);
    expect(first.body).toMatch(/^leverboard_rooms 0$/m);
    expect(first.body).toContain('leverboard_process_cpu_user_seconds_total');

    metrics.events.accepted?.('b1', 5);
    metrics.events.rejected?.('b1', 'commenter', 'commenter: canvas');
    const second = (await metrics.render()).body;
    expect(second).toMatch(/^leverboard_updates_accepted_total 3$/m);
    expect(second).toMatch(/^leverboard_updates_rejected_total\{role="viewer"\} 1$/m);
    expect(second).toMatch(/^leverboard_updates_rejected_total\{role="commenter"\} 1$/m);
  });
});
