import { Duration } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { INDEXES } from '../../shared/store/keys.ts';
import { ROUTES } from '../../shared/api/routes.ts';
import { functionLogs, lambdaDefaults } from './lambda-defaults.ts';

/** Reads and one conditional write per request: 512 MB answers in tens of milliseconds. */
const MEMORY_MB = 512;

/** The reviewer HTTP API: one function behind every route, Cognito's JWT authorizer on all but the OpenAPI document and the health check. */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly fn: NodejsFunction;

  constructor(
    scope: Construct,
    id: string,
    props: {
      table: Table; bucket: IBucket; userPool: UserPool; clients: UserPoolClient[]; allowedOrigins: string[]; logRetention: RetentionDays;
      /** who publishes the ClaimReviews */
      publisher: { name: string; url: string; reviewUrlTemplate?: string };
    },
  ) {
    super(scope, id);
    this.fn = new NodejsFunction(this, 'Function', {
      ...lambdaDefaults,
      entry: 'functions/api/handler.ts',
      handler: 'handler',
      logGroup: functionLogs(this, props.logRetention),
      memorySize: MEMORY_MB,
      environment: {
        ...lambdaDefaults.environment,
        TABLE_NAME: props.table.tableName,
        BUCKET_NAME: props.bucket.bucketName,
        // a verdict's follow-up (seen-before, cluster, event) is the table stream's, not this function's
        VERDICT_FOLLOW_UPS: 'stream',
        PUBLISHER_NAME: props.publisher.name,
        PUBLISHER_URL: props.publisher.url,
        ...(props.publisher.reviewUrlTemplate ? { CLAIMREVIEW_URL_TEMPLATE: props.publisher.reviewUrlTemplate } : {}),
      },
    });
    // exactly what the routes use: item reads, queries on the table and its queue index, the verdict update
    this.fn.addToRolePolicy(
      new PolicyStatement({
        // BatchWriteItem: a verdict moves the oldest history entries out of a claim's item
        actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'],
        resources: [props.table.tableArn, ...INDEXES.map((index) => `${props.table.tableArn}/index/${index}`)],
      }),
    );

    this.httpApi = new HttpApi(this, 'Http', {
      description: 'Quote fact-check reviewer API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.allowedOrigins,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.PUT, CorsHttpMethod.DELETE, CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type'],
        maxAge: Duration.minutes(10),
      },
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: {
        destination: new LogGroupLogDestination(new LogGroup(this, 'AccessLogs', { retention: props.logRetention })),
        format: AccessLogFormat.jsonWithStandardFields({ caller: false, httpMethod: true, ip: true, protocol: true, requestTime: true, resourcePath: true, responseLength: true, status: true, user: true }),
      },
    });
    const integration = new HttpLambdaIntegration('Lambda', this.fn);
    const authorizer = new HttpUserPoolAuthorizer('Reviewers', props.userPool, { userPoolClients: props.clients });
    for (const route of ROUTES) {
      const routes = this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        ...(route.protected ? { authorizer } : {}),
      });
      if (!route.protected) {
        NagSuppressions.addResourceSuppressions(routes, [{ id: 'AwsSolutions-APIG4', reason: `${route.path} is public by design: it holds no article or claim data.` }]);
      }
    }
  }
}
