import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccountRecovery, CfnUserPoolGroup, UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export const REVIEWERS_GROUP = 'reviewers';
export const READERS_GROUP = 'readers';

/** Reviewers sign in to a Cognito user pool; `reviewers` may rule on claims, `readers` may only read. */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Reviewers', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true, tempPasswordValidity: Duration.days(3) },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.client = this.userPool.addClient('ReviewerApi', {
      authFlows: { userPassword: true, userSrp: true },
      accessTokenValidity: Duration.hours(8),
      idTokenValidity: Duration.hours(8),
      preventUserExistenceErrors: true,
    });
    for (const group of [REVIEWERS_GROUP, READERS_GROUP]) {
      new CfnUserPoolGroup(this, `${group}Group`, { userPoolId: this.userPool.userPoolId, groupName: group });
    }
  }
}
