import { CorsHttpMethod, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { Duration } from 'aws-cdk-lib';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ROUTES } from '../../shared/api/routes.ts';
import { functionLogs, lambdaDefaults } from './lambda-defaults.ts';

/** The reviewer HTTP API: one function behind every route, Cognito's JWT authorizer on all but the OpenAPI document. */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: { table: Table; bucket: Bucket; userPool: UserPool; client: UserPoolClient; allowedOrigins: string[] }) {
    super(scope, id);
    this.fn = new NodejsFunction(this, 'Function', {
      ...lambdaDefaults,
      entry: 'functions/api/handler.ts',
      handler: 'handler',
      logGroup: functionLogs(this),
      memorySize: 512,
      environment: { ...lambdaDefaults.environment, TABLE_NAME: props.table.tableName, BUCKET_NAME: props.bucket.bucketName },
    });
    props.table.grantReadWriteData(this.fn);

    this.httpApi = new HttpApi(this, 'Http', {
      description: 'Quote fact-check reviewer API',
      corsPreflight: {
        allowOrigins: props.allowedOrigins,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.PUT, CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type'],
        maxAge: Duration.minutes(10),
      },
    });
    const integration = new HttpLambdaIntegration('Lambda', this.fn);
    const authorizer = new HttpUserPoolAuthorizer('Reviewers', props.userPool, { userPoolClients: [props.client] });
    for (const route of ROUTES) {
      this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        ...(route.protected ? { authorizer } : {}),
      });
    }
  }
}
