import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccountRecovery, CfnUserPoolGroup, Mfa, OAuthScope, UserPool, UserPoolClient, type UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import { Stack } from 'aws-cdk-lib';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';

export const REVIEWERS_GROUP = 'reviewers';
export const READERS_GROUP = 'readers';

/** Reviewers sign in to a Cognito user pool; `reviewers` may rule on claims, `readers` may only read. */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: { stage: string }) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Reviewers', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true, tempPasswordValidity: Duration.days(3) },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    NagSuppressions.addResourceSuppressions(this.userPool, [
      { id: 'AwsSolutions-COG2', reason: 'TOTP MFA is offered to every reviewer; a newsroom that wants it required sets it on the pool, at the cost of the one-command token of the README.' },
      { id: 'AwsSolutions-COG3', reason: 'Threat protection needs the Plus feature plan, billed per user; a reviewer pool of a few people behind admin-only sign-up does not warrant it by default.' },
      { id: 'AwsSolutions-COG8', reason: 'The Plus feature plan: same reason as COG3.' },
    ]);
    this.client = this.userPool.addClient('ReviewerApi', {
      authFlows: { userPassword: true, userSrp: true },
      accessTokenValidity: Duration.hours(8),
      idTokenValidity: Duration.hours(8),
      preventUserExistenceErrors: true,
    });
    // the hosted sign-in page the desk sends reviewers to; the prefix must be unique in the region
    this.domain = this.userPool.addDomain('HostedUi', { cognitoDomain: { domainPrefix: `quote-factcheck-${props.stage}-${Stack.of(this).account}` } });
    for (const group of [REVIEWERS_GROUP, READERS_GROUP]) {
      new CfnUserPoolGroup(this, `${group}Group`, { userPoolId: this.userPool.userPoolId, groupName: group });
    }
  }

  /** The desk's client: the hosted UI's authorization code flow with PKCE, back to the desk only. */
  addDeskClient(deskUrl: string): UserPoolClient {
    return this.userPool.addClient('Desk', {
      generateSecret: false,
      oAuth: { flows: { authorizationCodeGrant: true }, scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE], callbackUrls: [`${deskUrl}/`], logoutUrls: [`${deskUrl}/`] },
      accessTokenValidity: Duration.hours(8),
      idTokenValidity: Duration.hours(8),
      preventUserExistenceErrors: true,
    });
  }
}
