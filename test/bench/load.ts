/** A bounded closed-loop load: `concurrency` workers send `total` requests; latency per request, wall time overall. */
export async function closedLoop(total: number, concurrency: number, send: () => Promise<void>): Promise<{ latenciesMs: number[]; seconds: number }> {
  const latenciesMs: number[] = [];
  let issued = 0;
  const start = process.hrtime.bigint();
  const worker = async () => {
    while (issued < total) {
      issued += 1;
      const t0 = process.hrtime.bigint();
      await send();
      latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latenciesMs, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}
