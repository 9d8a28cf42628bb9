import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption, ProjectionType } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { INDEXES } from '../../shared/store/keys.ts';

/**
 * The articles bucket (private, encrypted, SSL-only, versioned, access-logged) or the newsroom's
 * existing one, and the single table (its keys are described in shared/store/keys.ts), with
 * point-in-time recovery and a stream of its changes.
 */
export class Storage extends Construct {
  readonly bucket: IBucket;
  readonly accessLogs: Bucket;
  readonly table: Table;

  constructor(scope: Construct, id: string, props: { existingBucket?: string; logRetentionDays: number }) {
    super(scope, id);
    // S3 and CloudFront access logs; CloudFront writes with ACLs, so the bucket owner takes them over
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(props.logRetentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    NagSuppressions.addResourceSuppressions(this.accessLogs, [{ id: 'AwsSolutions-S1', reason: 'This is the access-log bucket itself; logging it to itself would loop.' }]);
    if (props.existingBucket) {
      this.bucket = Bucket.fromBucketName(this, 'Articles', props.existingBucket);
    } else {
      this.bucket = new Bucket(this, 'Articles', {
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        encryption: BucketEncryption.S3_MANAGED,
        enforceSSL: true,
        versioned: true,
        serverAccessLogsBucket: this.accessLogs,
        serverAccessLogsPrefix: 'articles/',
        removalPolicy: RemovalPolicy.RETAIN,
      });
    }
    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // the verdicts' follow-ups read it (verdict-follow-ups.ts): a claim's change shows what it was and what it became
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of INDEXES) {
      this.table.addGlobalSecondaryIndex({
        indexName: index,
        partitionKey: { name: `${index}pk`, type: AttributeType.STRING },
        sortKey: { name: `${index}sk`, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }
}
