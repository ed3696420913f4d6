/**
 * Lambda function URL events of the webhook endpoints. A body that is not text arrives base64-encoded; either way the
 * bytes are the ones the sender signed. Header names arrive lower-cased.
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads
 */
export interface FunctionUrlEvent {
  body?: string;
  isBase64Encoded?: boolean;
  headers?: Record<string, string | undefined>;
}

/** The exact bytes of the request body. */
export function rawBodyOf(event: FunctionUrlEvent): Buffer {
  return Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
}

/** A webhook handler's answer as the function URL response. */
export function functionUrlAnswer(answer: { status: number; body: unknown }) {
  return { statusCode: answer.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer.body) };
}
