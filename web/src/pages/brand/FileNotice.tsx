import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { DocumentPicker } from '../../components/DocumentPicker';
import { DropZone } from '../../components/DropZone';
import { ListingFinder } from '../../components/ListingFinder';
import { RightPicker } from '../../components/RightPicker';
import { fieldErrors, ProblemAlert, pointerPath } from '../../components/states';
import { BrandSwitch, useActingBrand } from '../../session/brand';

type EvidenceKind = 'screenshot' | 'test_buy_report' | 'cached_copy' | 'other';
type Infringement = 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright';
interface NoticeForm {
  rightId: string;
  infringementType: Infringement;
  items: Array<{
    listingId?: string;
    evidence?: Array<{
      kind: EvidenceKind;
      documentSha256: string;
      url?: string;
      capturedAt?: string;
      note?: string;
    }>;
  }>;
  statements: { goodFaith?: boolean; accuracy?: boolean; authority?: boolean };
  contact: { name: string; email: string; phone?: string };
  explanation?: string;
}

export const INFRINGEMENTS: Infringement[] = ['counterfeit', 'trademark_misuse', 'patent', 'copyright'];
const EVIDENCE_KINDS: EvidenceKind[] = ['screenshot', 'test_buy_report', 'cached_copy', 'other'];

/** Maps an intake error's pointer to the form field it belongs to (errors shown at the field). */
function fieldOf(pointer: string): (string | number)[] | null {
  const path = pointerPath(pointer);
  if (path[0] === 'items' && typeof path[1] === 'number') {
    if (path.length === 2 || ['marketplaceId', 'externalId', 'url'].includes(String(path[2])))
      return ['items', path[1], 'listingId'];
    // "at least one evidence" has no field of its own: the listing's field carries it.
    if (path[2] === 'evidence' && path.length === 3) return ['items', path[1], 'listingId'];
  }
  return path.length > 0 ? path : null;
}

export default function FileNotice() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const acting = useActingBrand();
  const [form] = Form.useForm<NoticeForm>();
  const file = useMutation({
    mutationFn: (v: NoticeForm) =>
      call(
        api.POST('/v1/notices', {
          body: {
            rightId: v.rightId,
            infringementType: v.infringementType,
            ...(acting.brand ? { principalOrgId: acting.brand } : {}),
            items: v.items.map((i) => ({
              ...(i.listingId ? { listingId: i.listingId } : {}),
              // An empty optional field is left out, not sent as "" (the API would refuse it as a URL).
              evidence: (i.evidence ?? []).map((e) => ({
                kind: e.kind,
                documentSha256: e.documentSha256,
                ...(e.url?.trim() ? { url: e.url.trim() } : {}),
                ...(e.capturedAt?.trim() ? { capturedAt: e.capturedAt.trim() } : {}),
                ...(e.note?.trim() ? { note: e.note.trim() } : {}),
              })),
            })),
            statements: {
              goodFaith: v.statements.goodFaith === true,
              accuracy: v.statements.accuracy === true,
              authority: v.statements.authority === true,
            },
            contact: {
              name: v.contact.name,
              email: v.contact.email,
              ...(v.contact.phone ? { phone: v.contact.phone } : {}),
            },
            ...(v.explanation ? { explanation: v.explanation } : {}),
          },
        }),
      ),
    onSuccess: (notice) => {
      message.success(t('fileNotice.filed'));
      void navigate(`/notices/${notice.id}`);
    },
    onError: (error) => form.setFields(fieldErrors(error, fieldOf)),
  });
  const rightId = Form.useWatch('rightId', form) as string | undefined;

  return (
    <>
      <Typography.Title level={1}>{t('fileNotice.title')}</Typography.Title>
      <BrandSwitch acting={acting} />
      {file.error ? <ProblemAlert error={file.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => file.mutate(v)}
        initialValues={{ infringementType: 'counterfeit', items: [{ evidence: [] }], statements: {} }}
        scrollToFirstError
      >
        <Card title={t('fileNotice.right')}>
          <Form.Item
            name="rightId"
            label={t('fileNotice.right')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <RightPicker orgId={acting.brand} />
          </Form.Item>
          <Form.Item
            name="infringementType"
            label={t('fileNotice.infringementType')}
            rules={[{ required: true }]}
          >
            <Select options={INFRINGEMENTS.map((v) => ({ value: v, label: t(`infringement.${v}`) }))} />
          </Form.Item>
          <Form.Item name="explanation" label={t('fileNotice.explanation')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Card>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Card title={t('fileNotice.listings')} style={{ marginTop: 16 }}>
              {fields.map((field, index) => (
                <Card
                  type="inner"
                  key={field.key}
                  title={t('fileNotice.listingN', { n: index + 1 })}
                  style={{ marginBottom: 12 }}
                  extra={
                    fields.length > 1 ? (
                      <Button size="small" onClick={() => remove(field.name)}>
                        {t('common.remove')}
                      </Button>
                    ) : null
                  }
                >
                  <Form.Item
                    name={[field.name, 'listingId']}
                    label={t('fileNotice.listing')}
                    rules={[{ required: true, message: t('fileNotice.pickListing') }]}
                  >
                    <ListingFinder />
                  </Form.Item>
                  <Form.List name={[field.name, 'evidence']}>
                    {(evidence, ev) => (
                      <Form.Item label={t('fileNotice.evidence')}>
                        <div>
                          {evidence.map((e) => (
                            <Space key={e.key} align="baseline" wrap>
                              <Form.Item name={[e.name, 'kind']} rules={[{ required: true }]}>
                                <Select
                                  aria-label={t('fileNotice.evidenceKind')}
                                  style={{ width: 180 }}
                                  options={EVIDENCE_KINDS.map((k) => ({
                                    value: k,
                                    label: t(`evidenceKind.${k}`),
                                  }))}
                                />
                              </Form.Item>
                              <Form.Item name={[e.name, 'documentSha256']} rules={[{ required: true }]}>
                                <Input
                                  aria-label={t('fileNotice.documentSha')}
                                  style={{ width: 260 }}
                                  readOnly
                                />
                              </Form.Item>
                              <Form.Item name={[e.name, 'url']}>
                                <Input
                                  aria-label={t('fileNotice.evidenceUrl')}
                                  placeholder="https://"
                                  style={{ width: 280 }}
                                />
                              </Form.Item>
                              <Form.Item name={[e.name, 'capturedAt']}>
                                <Input
                                  aria-label={t('fileNotice.capturedAt')}
                                  placeholder="2026-12-05T09:30:00Z"
                                  style={{ width: 220 }}
                                />
                              </Form.Item>
                              <Button size="small" onClick={() => ev.remove(e.name)}>
                                {t('common.remove')}
                              </Button>
                            </Space>
                          ))}
                          <DropZone
                            label={t('fileNotice.dropEvidence')}
                            onUploaded={(doc) =>
                              ev.add({
                                kind: doc.mediaType.startsWith('image/') ? 'screenshot' : 'other',
                                documentSha256: doc.sha256,
                                // When it was captured: the upload time unless the filer says otherwise.
                                capturedAt: new Date().toISOString(),
                              })
                            }
                          />
                          <DocumentPicker
                            rightId={rightId}
                            onPick={(doc) =>
                              ev.add({
                                kind: doc.mediaType.startsWith('image/') ? 'screenshot' : 'other',
                                documentSha256: doc.sha256,
                                capturedAt: doc.uploadedAt,
                              })
                            }
                          />
                        </div>
                      </Form.Item>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button onClick={() => add({ evidence: [] })}>{t('fileNotice.addListing')}</Button>
            </Card>
          )}
        </Form.List>
        <Card title={t('fileNotice.declarations')} style={{ marginTop: 16 }}>
          {(['goodFaith', 'accuracy', 'authority'] as const).map((s) => (
            <Form.Item
              key={s}
              name={['statements', s]}
              valuePropName="checked"
              rules={[
                {
                  validator: (_, v) =>
                    v ? Promise.resolve() : Promise.reject(new Error(t('fileNotice.mustConfirm'))),
                },
              ]}
            >
              <Checkbox>{t(`statement.${s}`)}</Checkbox>
            </Form.Item>
          ))}
          <Space wrap>
            <Form.Item
              name={['contact', 'name']}
              label={t('fileNotice.contactName')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input autoComplete="name" />
            </Form.Item>
            <Form.Item
              name={['contact', 'email']}
              label={t('fileNotice.contactEmail')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input autoComplete="email" />
            </Form.Item>
            <Form.Item name={['contact', 'phone']} label={t('fileNotice.contactPhone')}>
              <Input autoComplete="tel" />
            </Form.Item>
          </Space>
        </Card>
        <Button type="primary" htmlType="submit" loading={file.isPending} style={{ marginTop: 16 }}>
          {t('fileNotice.submit')}
        </Button>
      </Form>
    </>
  );
}
