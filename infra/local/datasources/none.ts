/**
 * NONE data source: the request's `payload` comes back as `ctx.result`, untouched; used for local
 * computation and for publishing to subscriptions.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-none-js.html
 */
import type { DataSource, DataSourceOutcome } from './types';

export function createNoneDataSource(): DataSource {
  return {
    type: 'NONE',
    async invoke(request: unknown): Promise<DataSourceOutcome> {
      const payload = (request as { payload?: unknown } | null | undefined)?.payload;
      return { result: payload === undefined ? null : payload };
    },
  };
}
