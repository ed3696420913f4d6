export * from './types';
export { tables, tableById } from './tables';
export { dataSources, apiEnvironment, STORE_PAYMENT_TABLES, type DataSourceModel } from './data-sources';
export { REPORTING_REGIONS } from './reporting';
