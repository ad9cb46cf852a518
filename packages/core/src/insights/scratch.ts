type TypedArray = Float64Array | Int32Array | Uint32Array | Uint16Array | Int8Array | Uint8Array;
type TypedArrayConstructor<T extends TypedArray> = {
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

const buffers = new Map<string, ArrayBuffer>();

/**
 * A zeroed column of `length` items, on memory kept from the previous call. With a million
 * moments the engine needs ~40 MB of columns; allocating them afresh on every call makes V8 run a
 * full collection of the whole heap (the moments themselves, hundreds of MB) about once a call,
 * which costs more than the engine. computeInsights runs start to finish without yielding, and
 * no column outlives it (the result holds plain values only), so one set is enough. Every column
 * has its own name, so two columns of one call never share memory. The cost: the columns of the
 * largest history seen so far (roughly 70 bytes a moment, 110 once one came in a random time
 * order) stay allocated until the process ends.
 */
export function scratchColumn<T extends TypedArray>(name: string, Type: TypedArrayConstructor<T>, length: number): T {
  const bytes = length * Type.BYTES_PER_ELEMENT;
  let buffer = buffers.get(name);
  if (!buffer || buffer.byteLength < bytes) {
    // Some headroom, so a history that grows by a few moments does not reallocate every time.
    buffer = new ArrayBuffer(Math.ceil((bytes * 1.25) / 8) * 8 + 64);
    buffers.set(name, buffer);
  }
  const column = new Type(buffer, 0, length);
  column.fill(0);
  return column;
}

/** The same column, longer, its items kept (and the new ones zero). */
export function growScratchColumn(name: string, column: Int32Array, length: number): Int32Array {
  const bytes = length * Int32Array.BYTES_PER_ELEMENT;
  const buffer = buffers.get(name);
  if (buffer && buffer === column.buffer && buffer.byteLength >= bytes) {
    const longer = new Int32Array(buffer, 0, length);
    longer.fill(0, column.length);
    return longer;
  }
  const fresh = new ArrayBuffer(Math.ceil((bytes * 1.25) / 8) * 8 + 64);
  buffers.set(name, fresh);
  const longer = new Int32Array(fresh, 0, length);
  longer.set(column);
  return longer;
}
