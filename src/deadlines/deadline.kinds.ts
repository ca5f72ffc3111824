import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import type { Deadline } from './deadline.service.ts';

/** What firing a deadline did: a short result recorded on the row, and the audit records of its effect. */
export interface DeadlineEffect {
  result: string;
  audit: AuditEntry[];
}

export const DEADLINE_ACTOR = 'system:deadline-worker';

export const moot = (why: string): DeadlineEffect => ({ result: `moot: ${why}`, audit: [] });

/**
 * A kind of clock, registered by the module that owns it: what the waiting party must do (shown in
 * clocks and timelines), and what happens when it runs out. `fire` runs inside the transaction
 * that marks the deadline fired, so the effect happens exactly once.
 */
export interface DeadlineKindDefinition {
  kind: string;
  action: string;
  /** Reviewer clocks escalate to the supervisor queue when they run out. */
  escalates?: boolean;
  fire(trx: Database, deadline: Deadline, now: Date): Promise<DeadlineEffect>;
}

const kinds = new Map<string, DeadlineKindDefinition>();

export function registerDeadlineKind(definition: DeadlineKindDefinition): DeadlineKindDefinition {
  kinds.set(definition.kind, definition);
  return definition;
}

export function deadlineKind(kind: string): DeadlineKindDefinition | undefined {
  return kinds.get(kind);
}

export function deadlineKinds(): DeadlineKindDefinition[] {
  return [...kinds.values()];
}

/** A reviewer's clock ran out: nobody decides for the reviewer; the work goes to the supervisor queue. */
export function escalation(deadline: Deadline): DeadlineEffect {
  return {
    result: 'escalated',
    audit: [
      {
        actor: DEADLINE_ACTOR,
        action: 'deadline.escalated',
        entityType: deadline.target.type,
        entityId: deadline.target.id,
        data: {
          deadlineId: deadline.id,
          kind: deadline.kind,
          subjectId: deadline.subjectId,
          dueAt: deadline.dueAt.toISOString(),
        },
      },
    ],
  };
}
