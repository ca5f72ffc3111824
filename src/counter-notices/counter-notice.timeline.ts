import { registerTimelineSource } from '../timeline/sources.ts';
import { counterNoticeOfItem } from './counter-notice.service.ts';

/** The seller's counter-notice and the rights holder's answer. */
registerTimelineSource(
  'counter-notices',
  async (db, itemId) => {
    const cn = await counterNoticeOfItem(db, itemId);
    if (!cn) return [];
    return [
      {
        at: cn.filedAt,
        kind: 'counter_notice.filed',
        by: 'seller' as const,
        title: `Counter-notice filed (${cn.grounds.join(', ')}; procedure ${cn.procedure.replaceAll('_', ' ')})`,
        facts: { grounds: [...cn.grounds], procedure: cn.procedure },
        reasons: cn.explanation,
        ref: { type: 'counter_notice', id: cn.id },
      },
      ...(cn.answer
        ? [
            {
              at: cn.answer.answeredAt,
              kind: `counter_notice.${cn.answer.kind}`,
              by: 'rights_holder' as const,
              title:
                cn.answer.kind === 'action_filed'
                  ? `Rights holder showed a court action (${cn.answer.caseReference ?? 'no reference'})`
                  : 'Rights holder answered the counter-notice',
              facts: cn.answer.caseReference ? { caseReference: cn.answer.caseReference } : {},
              reasons: cn.answer.text,
              ref: { type: 'counter_notice', id: cn.id },
            },
          ]
        : []),
    ];
  },
  ['counter_notice.filed', 'counter_notice.action_filed', 'counter_notice.response'],
);
