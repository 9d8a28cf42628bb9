import { execFileSync } from 'node:child_process';
import { DockerImage, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Distribution, HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy, ViewerProtocolPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { deskContentSecurityPolicy } from '../../shared/api/security-headers.ts';

/** What the desk reads from `config.json`: where the API is and how reviewers sign in. */
export interface DeskConfig {
  apiUrl: string;
  cognito: { domain: string; clientId: string; redirectUri: string };
}

/**
 * The reviewer desk in AWS: its built files in a private bucket, served only through CloudFront
 * (origin access control), over HTTPS. The files are built by Vite at synth, locally, like the
 * functions are bundled by esbuild.
 */
export class Desk extends Construct {
  readonly url: string;
  private readonly bucket: Bucket;
  private readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: { accessLogs: IBucket }) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'desk/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const region = Stack.of(this).region;
    // hosts by pattern: naming the API itself would tie the distribution and the API (whose CORS names the desk) in a cycle
    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: deskContentSecurityPolicy([`https://*.execute-api.${region}.amazonaws.com`, `https://*.auth.${region}.amazoncognito.com`]), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });
    this.distribution = new Distribution(this, 'Cdn', {
      defaultBehavior: { origin: S3BucketOrigin.withOriginAccessControl(this.bucket), viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS, responseHeadersPolicy: securityHeaders },
      defaultRootObject: 'index.html',
      enableLogging: true,
      logBucket: props.accessLogs,
      logFilePrefix: 'cdn/',
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
    NagSuppressions.addResourceSuppressions(this.distribution, [
      { id: 'AwsSolutions-CFR1', reason: 'Newsroom reviewers work from anywhere; the desk holds no data, the API behind sign-in does.' },
      { id: 'AwsSolutions-CFR2', reason: 'The desk is static files; the API it calls is behind Cognito. A WAF can be attached per deployment.' },
      { id: 'AwsSolutions-CFR4', reason: 'The default *.cloudfront.net certificate; a newsroom domain brings its own certificate and TLS 1.2 policy.' },
    ]);
  }

  /** Uploads the built desk and its config.json, and invalidates CloudFront's copy. */
  deploy(config: DeskConfig): void {
    const site = Source.asset('desk', {
      bundling: {
        image: DockerImage.fromRegistry('node:22'),
        local: {
          tryBundle(outputDir: string) {
            execFileSync('npx', ['vite', 'build', '--config', 'vite.desk.config.ts', '--outDir', outputDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
            return true;
          },
        },
      },
    });
    new BucketDeployment(this, 'Deploy', {
      sources: [site, Source.jsonData('config.json', config)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
    });
    const stack = Stack.of(this);
    NagSuppressions.addResourceSuppressionsByPath(
      stack,
      `/${stack.node.path}/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C`,
      [
        { id: 'AwsSolutions-IAM4', reason: 'CDK-provided deployment function: the managed policy only writes its logs.' },
        { id: 'AwsSolutions-IAM5', reason: 'CDK-provided deployment function: copies the built desk from the CDK asset bucket into the desk bucket, object by object.' },
        { id: 'AwsSolutions-L1', reason: 'CDK-provided deployment function: its runtime is chosen by aws-cdk-lib and follows its releases.' },
      ],
      true,
    );
  }
}
