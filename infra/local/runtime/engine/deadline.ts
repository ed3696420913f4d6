/**
 * The resolver time limit: a whole resolver execution (every handler and data source call) has
 * 30 seconds on AppSync (https://docs.aws.amazon.com/general/latest/gr/appsync.html, "Request
 * execution time"). Handlers are synchronous and bounded by the language rules, so the limit is
 * enforced where time is spent: around data source calls.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;

export class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
}

export interface Deadline {
  race<T>(work: Promise<T>): Promise<T>;
}

export function createDeadline(timeoutMs: number, startedAt = Date.now()): Deadline {
  const endsAt = startedAt + timeoutMs;
  return {
    race<T>(work: Promise<T>): Promise<T> {
      const remaining = endsAt - Date.now();
      if (remaining <= 0) return Promise.reject(new DeadlineExceeded());
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DeadlineExceeded()), remaining);
      });
      return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
    },
  };
}
