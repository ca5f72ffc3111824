import { type Static, Type } from 'typebox';
import { IsoDateTime, literals, Uuid } from '../http/schemas.ts';
import { ReasonCodeSchema } from '../review/index.ts';

export const TEMPLATE_LANGUAGES = ['en', 'zh-CN'] as const;
export const TemplateLanguage = literals(TEMPLATE_LANGUAGES);

const templateFields = {
  reasonCode: ReasonCodeSchema,
  language: TemplateLanguage,
  title: Type.String({ minLength: 1, maxLength: 200 }),
  text: Type.String({
    minLength: 1,
    maxLength: 5000,
    description: 'The statement of reasons text the reviewer starts from',
  }),
};

export const ReasonTemplateSchema = Type.Object({
  id: Uuid,
  operatorOrgId: Uuid,
  ...templateFields,
  version: Type.Integer({ minimum: 1 }),
  updatedBy: Type.String(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ReasonTemplate = Static<typeof ReasonTemplateSchema>;

export const NewReasonTemplateBody = Type.Object(templateFields, { additionalProperties: false });
export type NewReasonTemplate = Static<typeof NewReasonTemplateBody>;

export const ReasonTemplateUpdateBody = Type.Object(
  {
    ...templateFields,
    version: Type.Integer({
      minimum: 1,
      maximum: 2_147_483_647,
      description: 'The version read; a template changed since is refused (409)',
    }),
  },
  { additionalProperties: false },
);
export type ReasonTemplateUpdate = Static<typeof ReasonTemplateUpdateBody>;

export const ReasonTemplateQuery = Type.Object(
  {
    reasonCode: Type.Optional(ReasonCodeSchema),
    language: Type.Optional(TemplateLanguage),
  },
  { additionalProperties: false },
);
export type ReasonTemplateFilter = Static<typeof ReasonTemplateQuery>;
