/**
 * What the resolver build produces, read by both targets (infra/aws and infra/local).
 *
 * Routing follows the AWS samples convention (DESIGN.md):
 * - `resolvers/Query.getOrder.[orders].ts`: a unit resolver on data source `orders`;
 * - `resolvers/Mutation.placeOrder/1.[products].ts, 2.[orders].ts, index.ts`: a pipeline whose functions run in
 *   numeric order, `index.ts` (optional) holding the pipeline's own request/response.
 */

export interface BuiltFunction {
  /** Pipeline-unique name, e.g. `Mutation_placeOrder_1_products`. */
  name: string;
  dataSource: string;
  /** Bundled APPSYNC_JS module (ESM, `@aws-appsync/*` external, inline source map). */
  code: string;
  sourceFile: string;
}

/** A unit resolver's handler code: an APPSYNC_JS bundle, VTL templates, or none (direct Lambda resolver). */
export type UnitCode =
  | { runtime: 'APPSYNC_JS'; code: string }
  | { runtime: 'VTL'; requestTemplate: string; responseTemplate: string }
  /** AppSync sends the whole context to the function and returns its answer; `maxBatchSize` turns on batching. */
  | { runtime: 'DIRECT_LAMBDA'; maxBatchSize?: number };

export type BuiltResolver =
  | ({
      kind: 'UNIT';
      typeName: string;
      fieldName: string;
      dataSource: string;
      sourceFile: string;
    } & UnitCode)
  | {
      kind: 'PIPELINE';
      typeName: string;
      fieldName: string;
      /** The pipeline's own request/response; a pass-through module when there is no index.ts. */
      code: string;
      sourceFile: string | null;
      functions: BuiltFunction[];
    };

export interface BuildResult {
  /** The merged SDL as deployed (domain files only, without the AppSync scalar/directive preamble). */
  deployedSchema: string;
  resolvers: BuiltResolver[];
}
