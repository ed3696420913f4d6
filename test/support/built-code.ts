import type { BuiltResolver } from '../../infra/build/types';

/** The APPSYNC_JS code of a built resolver (a unit in VTL or a direct Lambda resolver has none: that fails the test). */
export function builtCode(resolver: BuiltResolver): string {
  if (resolver.kind === 'UNIT' && resolver.runtime !== 'APPSYNC_JS') {
    throw new Error(`${resolver.typeName}.${resolver.fieldName} is a ${resolver.runtime} resolver, without APPSYNC_JS code`);
  }
  return resolver.code;
}
