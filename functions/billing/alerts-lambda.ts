/** The scheduled alert evaluation (every 5 minutes when deployed): every active rule, whatever was flushed. */
import { evaluateAlerts } from './alerts/evaluate';
import { awsDatabase, awsWebhook } from './aws-deps';

export async function handler() {
  const fired = await evaluateAlerts(await awsDatabase(), { now: new Date(), webhook: await awsWebhook(), log: (line) => console.log(line) });
  return { fired: fired.length };
}
