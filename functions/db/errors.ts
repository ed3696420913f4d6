/** Errors of the database layer, each with an `errorType` for GraphQL error mapping. */

/** The database layer was used in a way that cannot work (a programming error). */
export class DatabaseUsageError extends Error {
  readonly errorType = 'DatabaseUsageError';
  override readonly name = 'DatabaseUsageError';
}

/** A migration cannot be applied safely: changed after being applied, missing, or failing. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly errorType: 'MigrationChecksumMismatch' | 'MigrationMissing' | 'MigrationFailed' | 'MigrationInvalidName',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
