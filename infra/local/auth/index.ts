export * from './types';
export * from './errors';
export { authenticate } from './authenticate';
export { authenticateRealtime, type RealtimeAuthRequest } from './realtime';
export { isFieldAllowed, isFieldDenied, isSubscriptionAllowed, AUTH_DIRECTIVES_SDL } from './directives';
export { loadLocalIssuer, type LocalIssuer, type MintOptions, type PoolConfig } from './local-issuer';
export { localAuth, checkAuthConfig, AuthConfigError, type LocalAuth, type LocalAuthConfig } from './local-auth';
export { verifySigV4, SIGV4_ALGORITHM } from './sigv4';
