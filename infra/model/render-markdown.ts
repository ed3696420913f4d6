import { tables } from './tables';
import type { GlobalIndex, KeyAttribute, TableModel } from './types';

const key = (k: KeyAttribute) => `\`${k.name}\` (${k.type})`;
const keys = (pk: KeyAttribute, sk?: KeyAttribute) => (sk ? `${key(pk)} + ${key(sk)}` : key(pk));
const index = (i: GlobalIndex) => `${i.name}: ${keys(i.partitionKey, i.sortKey)}`;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function extras(t: TableModel): string[] {
  return [
    t.stream ? `stream ${t.stream}` : '',
    t.ttlAttribute ? `TTL \`${t.ttlAttribute}\`` : '',
    t.replicatedTo ? `replicas ${t.replicatedTo.join(', ')}` : '',
  ].filter(Boolean);
}

/** The README's data model section body: one row per table of the model. */
export function renderDataModelTable(stage: string): string {
  const rows = tables.map((t) =>
    [
      `${t.app}`,
      `\`${t.seedName}\``,
      `\`${t.namePattern.replace('{stage}', stage)}\` (data source \`${t.id}\`)`,
      keys(t.partitionKey, t.sortKey),
      t.globalIndexes.map(index).join('<br>') || '—',
      [...extras(t), ...t.changes].map(cell).join('<br>') || 'as in the seed',
    ].join(' | '),
  );
  return [
    '| app | seed table | our table | keys | global secondary indexes | what changed and why |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
    '',
  ].join('\n');
}
