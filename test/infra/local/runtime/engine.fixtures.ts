/** Data sources for engine tests: record what they were sent and answer as told. */
import type { DataSource, DataSourceOutcome } from '../../../../infra/local/datasources/types';

export interface RecordingDataSource extends DataSource {
  calls: unknown[];
}

export function recordingDataSource(answer: (request: unknown) => DataSourceOutcome | Promise<DataSourceOutcome> = (request) => ({ result: request })): RecordingDataSource {
  const calls: unknown[] = [];
  return {
    type: 'NONE',
    calls,
    async invoke(request) {
      calls.push(request);
      return answer(request);
    },
  };
}

export function code(lines: string[]): string {
  return lines.join('\n');
}
