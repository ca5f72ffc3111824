import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Empty, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { DropZone } from '../../components/DropZone';
import { ImageMatchCard } from '../../components/ImageMatches';
import { RightPicker } from '../../components/RightPicker';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { BrandSwitch, useActingBrand } from '../../session/brand';

interface NoticeForm {
  name: string;
  email: string;
  goodFaith: boolean;
  accuracy: boolean;
  authority: boolean;
}

/**
 * A brand's reference images per right (copyright photographs): upload, see their hashes' quality,
 * every listing whose image matches them, and file one copyright notice for all of those listings.
 */
export default function ReferenceImages() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const client = useQueryClient();
  const acting = useActingBrand();
  const [rightId, setRightId] = useState<string | undefined>();
  const [filed, setFiled] = useState<{ noticeId: string; count: number; already: number } | null>(null);
  const [form] = Form.useForm<NoticeForm>();
  const references = useQuery({
    queryKey: ['reference-images', rightId],
    enabled: rightId !== undefined,
    queryFn: () =>
      call(api.GET('/v1/rights/{id}/reference-images', { params: { path: { id: rightId as string } } })),
  });
  const matches = useQuery({
    queryKey: ['right-image-matches', rightId],
    enabled: rightId !== undefined,
    queryFn: () =>
      call(
        api.GET('/v1/rights/{id}/image-matches', {
          params: { path: { id: rightId as string }, query: { limit: 200, offset: 0 } },
        }),
      ),
  });
  const add = useMutation({
    mutationFn: (sha: string) =>
      call(
        api.POST('/v1/rights/{id}/reference-images', {
          params: { path: { id: rightId as string } },
          body: { documentSha256: sha },
        }),
      ),
    onSuccess: () => {
      message.success(t('images.added'));
      void client.invalidateQueries({ queryKey: ['reference-images', rightId] });
    },
  });
  const notice = useMutation({
    mutationFn: (values: NoticeForm) =>
      call(
        api.POST('/v1/rights/{id}/image-matches/notice', {
          params: { path: { id: rightId as string } },
          body: {
            statements: {
              goodFaith: values.goodFaith,
              accuracy: values.accuracy,
              authority: values.authority,
            },
            contact: { name: values.name, email: values.email },
            ...(acting.brand ? { principalOrgId: acting.brand } : {}),
          },
        }),
      ),
    onSuccess: (data) => {
      setFiled({ noticeId: data.noticeId, count: data.listingIds.length, already: data.alreadyNoticed });
      void client.invalidateQueries({ queryKey: ['notices'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(-1))),
  });
  const listingCount = new Set(matches.data?.items.map((m) => m.listingId) ?? []).size;

  return (
    <>
      <Typography.Title level={1}>{t('images.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('images.intro')}</Typography.Paragraph>
      <BrandSwitch acting={acting} />
      <Form layout="vertical" style={{ maxWidth: 520 }}>
        <Form.Item label={t('images.right')} htmlFor="reference-right">
          <RightPicker
            id="reference-right"
            orgId={acting.brand}
            {...(rightId ? { value: rightId } : {})}
            onChange={(v) => {
              setRightId(v ?? undefined);
              setFiled(null);
            }}
          />
        </Form.Item>
      </Form>
      {rightId === undefined ? (
        <Empty description={t('images.pickRight')} />
      ) : (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Card title={t('images.references')}>
            <DropZone
              accept="image/png,image/jpeg,image/webp"
              label={t('images.upload')}
              onUploaded={(doc) => add.mutate(doc.sha256)}
            />
            {add.error ? <ProblemAlert error={add.error} /> : null}
            <QueryState query={references}>
              {(data) =>
                data.items.length === 0 ? (
                  <Empty description={t('images.noReferences')} />
                ) : (
                  <Space wrap style={{ marginTop: 16 }}>
                    {data.items.map((r) => (
                      <figure key={r.id} style={{ margin: 0 }} data-testid="reference-image">
                        <img
                          src={`/v1/documents/${r.documentSha256}`}
                          alt={t('images.referenceAlt', { label: r.label ?? r.documentSha256.slice(0, 12) })}
                          width={120}
                          height={120}
                          style={{ objectFit: 'contain', background: '#f5f5f5' }}
                        />
                        <figcaption>
                          <Space size={4}>
                            <Typography.Text type="secondary">
                              {t('images.quality', { q: r.quality })}
                            </Typography.Text>
                            {r.indexed ? null : <Tag color="orange">{t('images.notIndexed')}</Tag>}
                          </Space>
                        </figcaption>
                      </figure>
                    ))}
                  </Space>
                )
              }
            </QueryState>
          </Card>
          <Card title={t('images.matches', { count: listingCount })}>
            <QueryState query={matches}>
              {(data) =>
                data.items.length === 0 ? (
                  <Empty description={t('images.noMatches')} />
                ) : (
                  <>
                    <Table
                      rowKey={(m) => `${m.listingImageId}:${m.referenceId}`}
                      dataSource={data.items}
                      pagination={false}
                      size="small"
                      expandable={{ expandedRowRender: (m) => <ImageMatchCard match={m} /> }}
                      columns={[
                        { title: t('images.listing'), dataIndex: 'listingTitle' },
                        { title: t('images.storeColumn'), dataIndex: 'storeName' },
                        {
                          title: t('images.found'),
                          render: (_, m) => <Tag>{t(`images.transformation.${m.transformation}`)}</Tag>,
                        },
                        { title: t('images.distanceColumn'), dataIndex: 'distance' },
                        { title: t('images.matchedAt'), render: (_, m) => f.dateTime(m.matchedAt) },
                      ]}
                    />
                    <Card
                      type="inner"
                      title={t('images.noticeTitle', { count: listingCount })}
                      style={{ marginTop: 16 }}
                    >
                      {filed ? (
                        <Typography.Paragraph>
                          {t('images.noticeFiled', { count: filed.count, already: filed.already })}{' '}
                          <Link to={`/notices/${filed.noticeId}`}>{t('images.openNotice')}</Link>
                        </Typography.Paragraph>
                      ) : (
                        <Form
                          form={form}
                          layout="vertical"
                          style={{ maxWidth: 520 }}
                          onFinish={(v) => notice.mutate(v)}
                          initialValues={{ goodFaith: false, accuracy: false, authority: false }}
                        >
                          <Form.Item name="name" label={t('images.contactName')} rules={[{ required: true }]}>
                            <Input autoComplete="name" />
                          </Form.Item>
                          <Form.Item
                            name="email"
                            label={t('images.contactEmail')}
                            rules={[{ required: true }]}
                          >
                            <Input type="email" autoComplete="email" />
                          </Form.Item>
                          <Form.Item name="goodFaith" valuePropName="checked">
                            <Checkbox>{t('images.goodFaith')}</Checkbox>
                          </Form.Item>
                          <Form.Item name="accuracy" valuePropName="checked">
                            <Checkbox>{t('images.accuracy')}</Checkbox>
                          </Form.Item>
                          <Form.Item name="authority" valuePropName="checked">
                            <Checkbox>{t('images.authority')}</Checkbox>
                          </Form.Item>
                          {notice.error ? <ProblemAlert error={notice.error} /> : null}
                          <Button type="primary" htmlType="submit" loading={notice.isPending}>
                            {t('images.fileNotice', { count: listingCount })}
                          </Button>
                        </Form>
                      )}
                    </Card>
                  </>
                )
              }
            </QueryState>
          </Card>
        </Space>
      )}
    </>
  );
}
