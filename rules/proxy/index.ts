// kube-proxy rules (CIS 4.3), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import proxyMetricsBindAddress from './proxy-metrics-bind-address.js';

export const proxyRules: Readonly<Record<string, Rule>> = {
  'proxy-metrics-bind-address': proxyMetricsBindAddress,
};
