// The typed client for the apps: createGatewayClient over aws-amplify v6, its error type, and the generated typed
// documents (one `<Operation>Document` per operation in schema/operations/).
export {
  createGatewayClient,
  type GatewayClient,
  type GatewayClientOptions,
  type GatewayRequest,
  type GatewayResult,
  type GatewaySubscription,
  type GraphQLAuthMode,
  type SubscriptionObserver,
} from './gateway-client';
export { GatewayError, type GatewayGraphQLError } from './gateway-error';
export * from './generated/graphql';
