// scheduler-profiling: --profiling (default true), or enableProfiling in the --config file, which makes the flag ignored.
import rule from '../../../rules/scheduler/scheduler-profiling.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const CONFIG = '/etc/kubernetes/scheduler-config.yaml';
const config = (extra: string) => ({ [CONFIG]: `apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\nclientConnection:\n  kubeconfig: /etc/kubernetes/scheduler.conf\n${extra}` });
const sch = (args: string[], files = {}) => withArgs('scheduler', args, { files });

runCases(rule, [
  { name: 'pass: --profiling=false', node: sch(['--profiling=false']), want: { status: 'pass' } },
  { name: 'fail: absent, default true', node: sch([]), want: { status: 'fail', ...CMD } },
  { name: 'pass: enableProfiling false in the config file', node: sch([`--config=${CONFIG}`], config('enableProfiling: false\n')), want: { status: 'pass', message: `"enableProfiling" is "false" (config file "${CONFIG}")` } },
  { name: 'fail: config file without enableProfiling; the flag is ignored', node: sch([`--config=${CONFIG}`, '--profiling=false'], config('')), want: { status: 'fail', line: 1, column: 1, message: `"enableProfiling" is not set in config file "${CONFIG}", so the default "true" applies; "--profiling" is ignored because "--config" is set` } },
  { name: 'fail: enableProfiling true, points at it', node: sch([`--config=${CONFIG}`], config('enableProfiling: true\n')), want: { status: 'fail', line: 5, column: 18 } },
  { name: 'error: config file not collected', node: sch([`--config=${CONFIG}`]), want: { status: 'error', message: /scheduler configuration ".*" named by "--config" is not in the bundle/ } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'scheduler', [
  { fixture: 'fail-config-file-ignores-flag', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/scheduler-config.yaml:1:1', has: '"enableProfiling" is not set in config file "/etc/kubernetes/scheduler-config.yaml", so the default "true" applies; "--profiling" is ignored because "--config" is set' }] },
  { fixture: 'fail-default-true', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-scheduler.yaml:11:5', has: '"--profiling" is not set, so the default "true" applies' }] },
  { fixture: 'pass-config-file', want: [{ node: 'cp-1', status: 'pass', has: '"enableProfiling" is "false" (config file "/etc/kubernetes/scheduler-config.yaml")' }] },
  { fixture: 'pass-flag-false', want: [{ node: 'cp-1', status: 'pass', has: '"--profiling" is "false" (flag)' }] },
]);
