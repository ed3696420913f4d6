/**
 * The official `razorpay` client. `hostUrl` points it elsewhere than api.razorpay.com (the tests' fake Razorpay on
 * loopback); the SDK has no option for it, so its axios instance's base URL is set.
 */
import Razorpay from 'razorpay';

export interface RazorpayConfig {
  keyId: string;
  keySecret: string;
  /** Current and previous webhook secrets: both are accepted while rotating. */
  webhookSecrets: string[];
  hostUrl?: string;
}

export type RazorpayClient = InstanceType<typeof Razorpay>;

export function razorpayClient(config: RazorpayConfig): RazorpayClient {
  const client = new Razorpay({ key_id: config.keyId, key_secret: config.keySecret });
  if (config.hostUrl) (client as unknown as { api: { rq: { defaults: { baseURL: string } } } }).api.rq.defaults.baseURL = config.hostUrl;
  return client;
}
