/**
 * One WebSocket binary frame, made once per message and written as it is to every socket a room
 * broadcasts it to. A server's frames are not masked (RFC 6455 §5.1) and Leverboard does not
 * compress them, so a message's frame is the same bytes for every receiver. Sending through
 * `ws.send` instead frames it again for each: an options object, a view of the data, a header
 * buffer and two socket writes per receiver.
 */

/** The unmasked, final binary frame (RFC 6455 §5.2) carrying `payload`. */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x82; // FIN, opcode 2 (binary)
  if (length < 126) frame[1] = length;
  else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, header);
  return frame;
}

/**
 * `frameOf(message)`: the frame of `message`, made once for consecutive calls with the same
 * message (a room sends one message to each of its connections in turn).
 */
export function createFrameCache(): (message: Uint8Array) => Buffer {
  let last: Uint8Array | null = null;
  let frame: Buffer = Buffer.alloc(0);
  return (message) => {
    if (message !== last) {
      frame = binaryFrame(message);
      last = message;
    }
    return frame;
  };
}
