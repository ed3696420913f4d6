/** Runs `count` tasks with at most `width` in flight. */
export async function inBatches<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += width) {
    const size = Math.min(width, count - start);
    out.push(...(await Promise.all(Array.from({ length: size }, (_, k) => task(start + k)))));
  }
  return out;
}
