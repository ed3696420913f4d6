/**
 * AWS_LAMBDA data source: runs a handler from functions/ in-process with the event a deployed Lambda receives.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 *
 * - `Invoke`: the handler gets `request.payload` as its event.
 * - `BatchInvoke`: requests made in the same tick (the list fields of one parent list) are sent together, at most
 *   `maxBatchSize` per call, as an array; the handler answers an array in the same order, and each resolver gets its
 *   element. An element `{ data, errorMessage, errorType }` carries a per-item error, as AppSync documents.
 * - A thrown error becomes `ctx.error = { message, type: 'Lambda:Unhandled' }`, which only reaches the client if the
 *   response handler raises it (or the resolver is a direct Lambda resolver).
 */

export type LambdaHandler = (event: unknown, context: LambdaContext) => Promise<unknown> | unknown;

export interface LambdaContext {
  functionName: string;
  awsRequestId: string;
  getRemainingTimeInMillis(): number;
}

interface Outcome {
  result?: unknown;
  error?: { message: string; type: string };
}

interface Pending {
  payload: unknown;
  settle: (outcome: Outcome) => void;
}

export interface LambdaDataSourceOptions {
  name: string;
  handler: LambdaHandler;
  /** Largest BatchInvoke batch (AppSync's maxBatchSize: 1-2000). */
  maxBatchSize?: number;
  /** The Lambda's timeout in ms. */
  timeoutMs?: number;
}

let requestCounter = 0;

export function createLambdaDataSource(options: LambdaDataSourceOptions) {
  const maxBatchSize = options.maxBatchSize ?? 5;
  const timeoutMs = options.timeoutMs ?? 30_000;
  let queue: Pending[] = [];

  const call = async (event: unknown): Promise<Outcome> => {
    const deadline = Date.now() + timeoutMs;
    const context: LambdaContext = {
      functionName: options.name,
      awsRequestId: `local-${++requestCounter}`,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Task timed out after ${timeoutMs / 1000} seconds`)), timeoutMs);
      });
      return { result: await Promise.race([Promise.resolve(options.handler(event, context)), timeout]) };
    } catch (error) {
      return { error: { message: (error as Error)?.message ?? String(error), type: 'Lambda:Unhandled' } };
    } finally {
      clearTimeout(timer);
    }
  };

  const flush = async () => {
    const batch = queue;
    queue = [];
    for (let start = 0; start < batch.length; start += maxBatchSize) {
      const slice = batch.slice(start, start + maxBatchSize);
      const outcome = await call(slice.map((p) => p.payload));
      slice.forEach((pending, i) => {
        if (outcome.error) return pending.settle(outcome);
        const results = outcome.result;
        if (!Array.isArray(results) || results.length !== slice.length) {
          return pending.settle({ error: { message: 'BatchInvoke must return an array with one element per event', type: 'Lambda:Unhandled' } });
        }
        const item = results[i] as { data?: unknown; errorMessage?: string; errorType?: string } | unknown;
        const isEnvelope = item !== null && typeof item === 'object' && ('errorMessage' in item || 'data' in item);
        if (isEnvelope && (item as { errorMessage?: string }).errorMessage) {
          const e = item as { errorMessage: string; errorType?: string };
          return pending.settle({ error: { message: e.errorMessage, type: e.errorType ?? 'Lambda:Unhandled' } });
        }
        pending.settle({ result: isEnvelope ? (item as { data?: unknown }).data : item });
      });
    }
  };

  return {
    type: 'AWS_LAMBDA' as const,
    async invoke(request: unknown): Promise<Outcome> {
      const { operation, payload } = (request ?? {}) as { operation?: string; payload?: unknown };
      if (operation === 'BatchInvoke') {
        return new Promise<Outcome>((settle) => {
          queue.push({ payload, settle });
          if (queue.length === 1) setImmediate(() => void flush());
        });
      }
      if (operation !== 'Invoke') {
        return { error: { message: `Unsupported Lambda operation ${String(operation)}; use Invoke or BatchInvoke`, type: 'Lambda:InvalidRequest' } };
      }
      return call(payload);
    },
  };
}
