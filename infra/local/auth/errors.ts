/**
 * Request-level auth failures, answered before any resolver runs, with AppSync's status and body:
 * `{"errors":[{"errorType":"...","message":"..."}]}`.
 *
 * 401 is "credentials missing or not valid" and 200 with errorType Unauthorized is a field the caller may not
 * read: https://repost.aws/knowledge-center/aws-appsync-graphql-request-unauth-error
 * The messages are AppSync's own as its clients report them (aws-amplify/amplify-js#4373, #2645;
 * aws/aws-appsync-community#372); IAM failures are 403 with the STS-style errorType also sent as
 * `x-amzn-ErrorType` (aws-amplify/amplify-js#2422).
 */

export class UnauthorizedError extends Error {
  readonly body: { errors: { errorType: string; message: string }[] };
  readonly headers: Record<string, string>;

  constructor(
    readonly status: 401 | 403,
    readonly errorType: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnauthorizedError';
    this.body = { errors: [{ errorType, message }] };
    this.headers = { 'content-type': 'application/json; charset=UTF-8', 'x-amzn-ErrorType': errorType };
  }
}

/** Missing, unknown or expired API key; a Lambda authorizer saying no; a mode the API does not accept. */
export const notAuthorized = (): UnauthorizedError =>
  new UnauthorizedError(401, 'UnauthorizedException', 'You are not authorized to make this call.');

/** A JWT that is not from the configured pool or provider, is badly signed, or has the wrong audience. */
export const invalidAuthorizationHeader = (): UnauthorizedError =>
  new UnauthorizedError(401, 'UnauthorizedException', 'Valid authorization header not provided.');

/** A JWT past its `exp`. */
export const tokenExpired = (): UnauthorizedError => new UnauthorizedError(401, 'UnauthorizedException', 'Token has expired.');

/** An `authorization` value that is no JWT while only JWT modes could take it. */
export const unparsableJwt = (): UnauthorizedError =>
  new UnauthorizedError(401, 'UnauthorizedException', 'Unable to parse JWT token.');

/** A SigV4 access key the gateway does not know. */
export const unrecognizedClient = (): UnauthorizedError =>
  new UnauthorizedError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');

/** A SigV4 signature that does not match the request. */
export const signatureMismatch = (): UnauthorizedError =>
  new UnauthorizedError(
    403,
    'InvalidSignatureException',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  );

/** A SigV4 request dated more than 5 minutes away from now. */
export const signatureExpired = (signed: string, earliest: string, now: string): UnauthorizedError =>
  new UnauthorizedError(403, 'InvalidSignatureException', `Signature expired: ${signed} is now earlier than ${earliest} (${now} - 5 min.)`);

/** A SigV4 request dated more than 5 minutes ahead of now. */
export const signatureNotYetCurrent = (signed: string, latest: string, now: string): UnauthorizedError =>
  new UnauthorizedError(403, 'InvalidSignatureException', `Signature not yet current: ${signed} is still later than ${latest} (${now} + 5 min.)`);

/** A SigV4 `authorization` header missing one of its parts. */
export const incompleteSignature = (detail: string): UnauthorizedError =>
  new UnauthorizedError(403, 'IncompleteSignatureException', detail);

/** The GraphQL error for a field the caller may not read (answered with 200, the field null). */
export function fieldUnauthorized(typeName: string, fieldName: string): { message: string; errorType: 'Unauthorized' } {
  return { message: `Not Authorized to access ${fieldName} on type ${typeName}`, errorType: 'Unauthorized' };
}
