/**
 * The bytes of one fan-out message on a board's channel (lib0 encoding). The board is the channel
 * itself, so it is not repeated here.
 *
 *   varUint  format version (1)
 *   varUint  kind: 0 update, 1 awareness, 2 revoke
 *   varString  nodeId of the publishing process (receivers drop their own)
 *   update | awareness:  varUint8Array  the Yjs update / awareness update, untouched
 *   revoke:              varUint 0 (every role: the board was deleted) | 1 followed by varString role
 *
 * Anything else on the channel (another version, trailing bytes, an unknown role) is rejected:
 * the channel is shared infrastructure, not a trusted peer.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ROLES } from '../../shared/schema/index.ts';
import type { PubSubMessage } from './pubsub.ts';

const VERSION = 1;
const KINDS = ['update', 'awareness', 'revoke'] as const;
const MAX_NODE_ID = 200;

export interface Frame {
  nodeId: string;
  message: PubSubMessage;
}

export class FrameError extends Error {
  override name = 'FrameError';
}

export function encodeFrame(nodeId: string, message: PubSubMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, VERSION);
  encoding.writeVarUint(encoder, KINDS.indexOf(message.kind));
  encoding.writeVarString(encoder, nodeId);
  if (message.kind === 'revoke') {
    if (message.role !== null && !(ROLES as readonly string[]).includes(message.role)) {
      throw new FrameError(`unknown role ${JSON.stringify(message.role)}`);
    }
    encoding.writeVarUint(encoder, message.role === null ? 0 : 1);
    if (message.role !== null) encoding.writeVarString(encoder, message.role);
  } else {
    encoding.writeVarUint8Array(encoder, message.data);
  }
  return encoding.toUint8Array(encoder);
}

/** Reads a frame received on `board`'s channel; throws FrameError on anything malformed. */
export function decodeFrame(board: string, bytes: Uint8Array): Frame {
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== VERSION) throw new FrameError('unknown frame version');
    const kind = KINDS[decoding.readVarUint(decoder)];
    if (!kind) throw new FrameError('unknown message kind');
    const nodeId = decoding.readVarString(decoder);
    if (nodeId.length === 0 || nodeId.length > MAX_NODE_ID) throw new FrameError('bad node id');
    let message: PubSubMessage;
    if (kind === 'revoke') {
      const hasRole = decoding.readVarUint(decoder);
      if (hasRole > 1) throw new FrameError('bad revoke flag');
      const role = hasRole ? decoding.readVarString(decoder) : null;
      if (role !== null && !(ROLES as readonly string[]).includes(role)) throw new FrameError('unknown role');
      message = { kind, board, role };
    } else {
      // a copy, so the message does not pin the whole receive buffer
      message = { kind, board, data: decoding.readVarUint8Array(decoder).slice() };
    }
    if (decoding.hasContent(decoder)) throw new FrameError('trailing bytes');
    return { nodeId, message };
  } catch (e) {
    if (e instanceof FrameError) throw e;
    throw new FrameError(`malformed frame: ${(e as Error).message}`);
  }
}

export function validNodeId(nodeId: string): boolean {
  return nodeId.length > 0 && nodeId.length <= MAX_NODE_ID;
}
