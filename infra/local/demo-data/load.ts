/**
 * Loads the demo data into the model's tables for a stage. A table that already holds any item is left
 * alone, so restarting `npm start` keeps what users changed; a table emptied by hand gets the demo data back.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { physicalName, tables } from '../../model';
import { batchPut } from '../dynamodb/batch-write';
import { isEmpty } from '../dynamodb/count-items';
import type { Log } from '../dynamodb/create-tables';
import { demoDataSet, type DemoSetOptions } from './demo-set';

export interface DemoLoadResult {
  id: string;
  name: string;
  /** Items written now (0 when the table was kept). */
  loaded: number;
  /** True when the table already held data and was left as it was. */
  kept: boolean;
}

export async function loadDemoData(
  client: DynamoDBClient,
  stage: string,
  log: Log = () => {},
  options: DemoSetOptions = {},
): Promise<DemoLoadResult[]> {
  const data = demoDataSet(options);
  const unknown = Object.keys(data).filter((id) => !tables.some((t) => t.id === id));
  if (unknown.length > 0) throw new Error(`demo data for unknown table ids: ${unknown.join(', ')}`);
  const results: DemoLoadResult[] = [];
  for (const table of tables) {
    const name = physicalName(table, stage);
    const items = data[table.id] ?? [];
    if (!(await isEmpty(client, name))) {
      log(`skipped ${name} (has data)`);
      results.push({ id: table.id, name, loaded: 0, kept: true });
      continue;
    }
    const loaded = await batchPut(client, name, items);
    log(`loaded ${name}: ${loaded} items`);
    results.push({ id: table.id, name, loaded, kept: false });
  }
  return results;
}
