/** The whole demo data set, per table id of `infra/model`: deterministic for a given anchor. */
import { billingDemoData } from './billing';
import { flowlogicDemoData } from './flowlogic';
import { flowlogicAuditDemoData } from './flowlogic-audit';
import { createRng, startOfUtcDay, type DemoContext, type DemoTables } from './generate';
import { racesimDemoData } from './racesim';
import { reportingDemoData } from './reporting';
import { storefrontDemoData } from './storefront';

export interface DemoSetOptions {
  /** The instant generated data is relative to; midnight UTC of today when omitted. */
  anchor?: Date;
}

const generators: [seed: number, generate: (ctx: DemoContext) => DemoTables][] = [
  [1000, reportingDemoData],
  [1001, storefrontDemoData],
  [1002, billingDemoData],
  [1003, racesimDemoData],
  [1004, flowlogicDemoData],
];

export function demoDataSet(options: DemoSetOptions = {}): DemoTables {
  const anchor = options.anchor ?? startOfUtcDay(new Date());
  // One PRNG per app, so adding records to one app leaves the others' data unchanged.
  const data: DemoTables = Object.assign({}, ...generators.map(([seed, generate]) => generate({ anchor, rng: createRng(seed) })));
  // The audit trail of the demo's Flow Logic items, as the streams consumer records changes.
  return { ...data, flowAudit: flowlogicAuditDemoData(data, anchor) };
}
