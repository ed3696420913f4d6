/** The TransactWriteItems entry that writes a simulation once: a second write of the same key is refused. */
import { util } from '@aws-appsync/utils';

export const SIMULATION_FIELDS = ['user_id', 'track_id', 'strategy_data', 'results', 'total_time'];

export function simulationPut(table: string, sim: Record<string, unknown>) {
  const attributes: Record<string, unknown> = {};
  SIMULATION_FIELDS.forEach((f) => {
    if (sim[f] !== undefined && sim[f] !== null) attributes[f] = sim[f];
  });
  return {
    table,
    operation: 'PutItem',
    key: util.dynamodb.toMapValues({ simulation_id: sim.simulation_id, created_at: sim.created_at }),
    attributeValues: util.dynamodb.toMapValues(attributes),
    condition: { expression: 'attribute_not_exists(simulation_id)', returnValuesOnConditionCheckFailure: false },
  };
}
