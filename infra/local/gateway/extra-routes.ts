/** The HTTP routes the local endpoint serves beside /graphql (local pages, the deployed function URLs), tried in order. */
import type { LocalAppSyncOptions } from './local-appsync';

/** A route handler: true when it answered the request, false to let the next one (and then /graphql) try. */
export type ExtraRoute = NonNullable<LocalAppSyncOptions['extraRoutes']>;

/** One route handler of several: the first that takes a request answers it. */
export function combineRoutes(...routes: readonly ExtraRoute[]): ExtraRoute {
  return async (req, res, body) => {
    for (const route of routes) if (await route(req, res, body)) return true;
    return false;
  };
}
