/**
 * Prints the README's data model table from infra/model, so the documentation cannot drift from the tables.
 * `npx tsx scripts/data-model-table.ts` (a test checks that README.md contains exactly this output).
 */
import { renderDataModelTable } from '../infra/model/render-markdown';

process.stdout.write(renderDataModelTable('{stage}'));
