import { Type } from 'typebox';
import { literals } from '../http/schemas.ts';
import { definePolicy } from '../policies/index.ts';
import {
  checkMisusePolicy,
  DEFAULT_NOTIFIER_MISUSE,
  MISUSE_REJECTION_REASONS,
  NOTIFIER_SANCTION_LEVELS,
  type NotifierMisusePolicy,
} from './misuse.ts';

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    'notifier-misuse': NotifierMisusePolicy;
  }
}

export const MISUSE_POLICY_KEY = 'notifier-misuse';

const Share = Type.Number({ minimum: 0, maximum: 1, description: 'A share between 0 and 1' });
const Days = Type.Integer({ minimum: 1, maximum: 3650, description: 'A positive number of days' });
const Count = Type.Integer({ minimum: 1, maximum: 100_000 });
const Action = literals(['sanction', 'flag'], {
  description: 'sanction: a finding imposes the next escalation step; flag: it waits for operator staff',
});
const Reasons = Type.Array(literals([...MISUSE_REJECTION_REASONS]), {
  minItems: 1,
  maxItems: 10,
  uniqueItems: true,
});

export const NotifierMisuseSchema = Type.Object(
  {
    enforcement: literals(['enforce', 'observe'], {
      description: 'enforce: findings whose action is sanction impose the next step; observe: findings only',
    }),
    unfounded: Type.Object(
      { action: Action, windowDays: Days, minCount: Count, minShare: Share, reasons: Reasons },
      {
        additionalProperties: false,
        description: 'Manifestly unfounded notices: rejections for no infringement',
      },
    ),
    channelControl: Type.Object(
      { action: Action, windowDays: Days, minCount: Count, reasons: Reasons },
      {
        additionalProperties: false,
        description: 'Notices against genuine, second-hand or parallel-imported goods, repeated',
      },
    ),
    burst: Type.Object(
      {
        action: Action,
        windowHours: Type.Integer({
          minimum: 1,
          maximum: 24 * 90,
          description: 'A positive number of hours',
        }),
        minItems: Count,
        minRejectedShare: Share,
      },
      {
        additionalProperties: false,
        description: 'Many items against one store by one notifier in a short time',
      },
    ),
    competitor: Type.Object(
      { action: Action, windowDays: Days, minCount: Count },
      {
        additionalProperties: false,
        description: 'Rejected notices by a notifier sharing members with a competing seller organisation',
      },
    ),
    escalation: Type.Object(
      {
        steps: Type.Array(
          Type.Object(
            { level: literals([...NOTIFIER_SANCTION_LEVELS]), days: Type.Optional(Days) },
            { additionalProperties: false },
          ),
          { minItems: 1, maxItems: 10 },
        ),
        lookbackDays: Days,
      },
      {
        additionalProperties: false,
        description: 'Warning first, then suspensions for N days, termination last',
      },
    ),
  },
  {
    additionalProperties: false,
    title: 'NotifierMisusePolicy',
    description:
      'Protection against misuse of the notice system (DSA Art 23): thresholds per finding kind and the escalation',
  },
);

export const NOTIFIER_MISUSE_POLICY = definePolicy<NotifierMisusePolicy>({
  key: MISUSE_POLICY_KEY,
  description:
    'Misuse of the notice system: thresholds for unfounded notices, competitors, channel control and bursts; warning, suspension, termination',
  schema: NotifierMisuseSchema,
  defaultValue: DEFAULT_NOTIFIER_MISUSE,
  check: checkMisusePolicy,
  readableBy: 'operator_staff',
});
