import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, Dashboard, GraphWidget, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Alias } from 'aws-cdk-lib/aws-kms';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

const NAMESPACE = 'QuoteFactcheck';
const business = (metricName: string) => new Metric({ namespace: NAMESPACE, metricName, dimensionsMap: { service: 'quote-factcheck' }, statistic: 'Sum', period: Duration.minutes(5) });

/**
 * Alarms that fire before reviewers notice (anything in either dead-letter queue, ingest errors, API
 * 5xx), sent to an SNS topic, and a dashboard of the pipeline's flow: uploads processed and
 * failed, claims extracted, verdicts, errors and latency.
 */
export class Monitoring extends Construct {
  readonly alarms: Topic;

  constructor(scope: Construct, id: string, props: { deadLetters: Queue; ingest: NodejsFunction; api: NodejsFunction; followUps: { fn: NodejsFunction; deadLetters: Queue }; httpApi: HttpApi; alarmEmail?: string }) {
    super(scope, id);
    this.alarms = new Topic(this, 'Alarms', { masterKey: Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'), enforceSSL: true });
    if (props.alarmEmail) this.alarms.addSubscription(new EmailSubscription(props.alarmEmail));

    const alarm = (name: string, metric: IMetric, description: string) => {
      const a = new Alarm(this, name, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(new SnsAction(this.alarms));
      return a;
    };
    // the dead-letter reader empties the queue as it marks articles failed: count what arrives
    alarm('DeadLetters', props.deadLetters.metricNumberOfMessagesReceived({ period: Duration.minutes(5), statistic: 'Sum' }), 'An upload failed every delivery and was set aside in the dead-letter queue; its article is marked failed with the reason.');
    alarm('IngestErrors', props.ingest.metricErrors({ period: Duration.minutes(5) }), 'The ingest function threw: uploads are being retried.');
    alarm('FollowUpsFailed', props.followUps.deadLetters.metricNumberOfMessagesReceived({ period: Duration.minutes(5), statistic: 'Sum' }), 'Some verdicts were stored but their follow-up (seen-before filing, cluster, event) failed every retry: run npm run follow-up for the time the message names (docs/operations.md).');
    alarm('Api5xx', props.httpApi.metricServerError({ period: Duration.minutes(5) }), 'The reviewer API answered 5xx, which no request should cause.');

    new Dashboard(this, 'Dashboard', {
      widgets: [
        [
          new GraphWidget({ title: 'Articles', left: [business('ArticlesProcessed'), business('ArticlesFailed')] }),
          new GraphWidget({ title: 'Claims and verdicts', left: [business('ClaimsExtracted'), business('VerdictsVerified'), business('VerdictsDisputed')] }),
        ],
        [
          new GraphWidget({ title: 'Errors', left: [props.ingest.metricErrors(), props.api.metricErrors(), props.followUps.fn.metricErrors(), props.httpApi.metricServerError(), props.httpApi.metricClientError()] }),
          new GraphWidget({ title: 'Latency (p99)', left: [props.ingest.metricDuration({ statistic: 'p99' }), props.api.metricDuration({ statistic: 'p99' }), props.httpApi.metricLatency({ statistic: 'p99' })] }),
          new GraphWidget({ title: 'Queue', left: [props.deadLetters.metricApproximateNumberOfMessagesVisible(), props.followUps.deadLetters.metricApproximateNumberOfMessagesVisible()] }),
        ],
      ],
    });
  }
}
