/** Database drivers speak Buffer; the rest of the server speaks Uint8Array. Both views share memory. */

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function toBytes(buffer: Uint8Array): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function sumBytes(updates: readonly Uint8Array[]): number {
  let total = 0;
  for (const u of updates) total += u.byteLength;
  return total;
}
