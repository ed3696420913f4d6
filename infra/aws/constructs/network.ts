/**
 * The VPC the billing database and its Lambdas live in.
 *
 * Private isolated subnets only, no NAT gateway: nothing in the VPC needs the internet today. DynamoDB is reached
 * through a gateway endpoint (free), Secrets Manager (secret rotation) through an interface endpoint (about
 * 2 x USD 7.3/month), which is cheaper than one NAT gateway (about USD 33/month plus USD 0.045/GB) and keeps the
 * database's network without a route out. A handler that must call the internet (payment retries to Razorpay) will
 * need a NAT gateway or to run outside the VPC: decide when it lands.
 *
 * Availability zones come from the stack (GatewayStack: `Fn::GetAZs`), never from a lookup: synthesis is offline.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface NetworkProps {
  /** Zones (names or `Fn::GetAZs` tokens); at least two for Aurora and RDS Proxy. */
  availabilityZones: string[];
}

export class Network extends Construct {
  readonly vpc: ec2.Vpc;
  readonly privateSubnets: ec2.SubnetSelection = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  readonly secretsManagerEndpoint: ec2.InterfaceVpcEndpoint;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      availabilityZones: props.availabilityZones,
      ipAddresses: ec2.IpAddresses.cidr('10.40.0.0/16'),
      natGateways: 0,
      subnetConfiguration: [{ name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 22 }],
      restrictDefaultSecurityGroup: true,
      gatewayEndpoints: {
        DynamoDb: { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB, subnets: [this.privateSubnets] },
      },
    });
    const flowLogGroup = new logs.LogGroup(this, 'FlowLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });
    this.secretsManagerEndpoint = this.vpc.addInterfaceEndpoint('SecretsManager', {
      service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
      subnets: this.privateSubnets,
      privateDnsEnabled: true,
      // Not open to the whole VPC: the rotation function's security group is let in by addRotationSingleUser.
      open: false,
    });
  }
}
