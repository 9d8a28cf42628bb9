/**
 * Both client factories, for the command lines, the local stack and the tests. The functions
 * import the one module each needs (dynamodb-client.ts, s3-client.ts): a bundle that imports a
 * client's module loads that SDK client when Lambda starts it, whether or not it is used.
 */
export { LOCAL_DYNAMODB_CREDENTIALS, makeDocumentClient } from './dynamodb-client.ts';
export { LOCAL_S3_CREDENTIALS, makeS3Client } from './s3-client.ts';
