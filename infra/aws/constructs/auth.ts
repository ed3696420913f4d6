/**
 * The Cognito user pool: the API's default auth mode (DESIGN.md, "Who may call what").
 *
 * Users sign in with their phone number (the storefront keys users by phone) or email. The claims that scope data,
 * `custom:tenant_id` and `custom:org_id`, are set by the backend (admin API) only: the app client may read them but
 * not write them, otherwise a user could move themselves into another tenant.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/**
 * Every group resolvers check (storefront roles, reporting org admin and the platform admins who manage usage plans
 * across organisations, Flow Logic's admins, billing roles).
 */
export const USER_POOL_GROUPS = [
  'SUPER_ADMIN',
  'BUSINESS_OWNER',
  'DELIVERY_AGENT',
  'CUSTOMER',
  'platform_admin',
  'FLOW_ADMIN',
  'admin',
  'operator',
  'viewer',
] as const;

/** Custom attributes carried as `custom:<name>` claims. */
export const SCOPE_ATTRIBUTES = ['tenant_id', 'org_id'] as const;

export interface AuthProps {
  stage: string;
}

export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `gateway-${props.stage}-users`,
      selfSignUpEnabled: true,
      signInAliases: { phone: true, email: true },
      autoVerify: { phone: true, email: true },
      standardAttributes: { phoneNumber: { required: false, mutable: true }, email: { required: false, mutable: true } },
      customAttributes: Object.fromEntries(
        SCOPE_ATTRIBUTES.map((name) => [name, new cognito.StringAttribute({ mutable: true, maxLen: 64 })]),
      ),
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { sms: true, otp: true },
      accountRecovery: cognito.AccountRecovery.PHONE_AND_EMAIL,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const group of USER_POOL_GROUPS) {
      new cognito.CfnUserPoolGroup(this, `Group${group}`, { userPoolId: this.userPool.userPoolId, groupName: group });
    }
    const standard = { phoneNumber: true, email: true, fullname: true };
    this.client = this.userPool.addClient('AppClient', {
      userPoolClientName: `gateway-${props.stage}-app`,
      generateSecret: false,
      authFlows: { userSrp: true },
      // Apps sign in with SRP through aws-amplify; no hosted UI, so no OAuth flows (CDK's default enables implicit).
      disableOAuth: true,
      preventUserExistenceErrors: true,
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ ...standard, phoneNumberVerified: true, emailVerified: true })
        .withCustomAttributes(...SCOPE_ATTRIBUTES),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes(standard),
    });
  }
}
