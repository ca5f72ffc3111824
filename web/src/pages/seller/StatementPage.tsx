import { useQuery } from '@tanstack/react-query';
import { Button, Card, Collapse, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { ShaTag } from '../../components/ShaTag';
import { QueryState } from '../../components/states';
import { useFormat } from '../../format';
import { AppealForm } from '../item/ItemForms';
import { ReceiptButton } from '../receipts/ReceiptButton';
import { statementText } from './statement-text';

/** A statement of reasons (DSA Art 17): what was restricted, why, who complained, how to contest. */
export default function StatementPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const f = useFormat();
  // the statement is issued in English; another language reads its structured parts, the original beside
  const translated = !i18n.language.startsWith('en');
  const statement = useQuery({
    queryKey: ['statement', id],
    queryFn: () => call(api.GET('/v1/statements/{id}', { params: { path: { id } } })),
  });
  return (
    <QueryState query={statement}>
      {(s) => {
        const b = s.body;
        const complainant = b.complainant as {
          organisation?: { name: string };
          filedBy?: { name: string } | null;
        } | null;
        const read = translated ? statementText(t, f.dateTime, s) : null;
        return (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
              <Typography.Title level={1}>{t('statement.title')}</Typography.Title>
              <ReceiptButton kind="statement" id={s.id} />
            </Space>
            <Card>
              <Descriptions column={1} data-testid="statement">
                <Descriptions.Item label={t('seller.decision')}>
                  <Tag>{t(`decisionKind.${s.kind}`)}</Tag> {read?.restriction ?? b.restriction.description}
                </Descriptions.Item>
                <Descriptions.Item label={t('common.listing')}>
                  {b.restriction.listing ? b.restriction.listing.title : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('statement.facts')}>
                  {read?.facts ?? b.facts.summary}
                </Descriptions.Item>
                <Descriptions.Item label={t('statement.ground')}>
                  {read?.ground ?? b.ground.explanation}
                </Descriptions.Item>
                <Descriptions.Item label={t('common.reason')}>
                  {read ? read.reason : b.reason.text}
                </Descriptions.Item>
                <Descriptions.Item label={t('statement.complainant')}>
                  {complainant?.organisation?.name ?? '—'}
                  {complainant?.filedBy
                    ? ` (${t('statement.filedBy', { name: complainant.filedBy.name })})`
                    : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('statement.issuedAt')}>
                  {f.dateTime(b.issuedAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('fileNotice.evidence')}>
                  {b.evidence.map((e) => (
                    <ShaTag
                      key={e.documentSha256}
                      sha={e.documentSha256}
                      name={t(`evidenceKind.${e.kind}`, e.kind)}
                      href={e.downloadPath}
                    />
                  ))}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={t('statement.redress')}>
              <List
                dataSource={b.redress}
                renderItem={(r) => (
                  <List.Item>
                    <List.Item.Meta
                      title={t(`redress.${r.kind}`, r.kind)}
                      description={
                        <>
                          {read?.redress(r) ?? r.description} · {r.legalBasis}
                          {r.availableUntil
                            ? ` · ${t('statement.until', { time: f.dateTime(r.availableUntil) })}`
                            : ''}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
              {s.itemId ? (
                <Link to={`/items/${s.itemId}`}>
                  <Button type="primary">{t('statement.contest')}</Button>
                </Link>
              ) : b.redress.some(
                  (r) =>
                    r.kind === 'internal_complaint' &&
                    r.availableUntil &&
                    Date.parse(r.availableUntil) > Date.now(),
                ) ? (
                <AppealForm decisionId={s.id} />
              ) : null}
            </Card>
            {read ? (
              <Collapse
                data-testid="statement-original"
                items={[
                  {
                    key: 'original',
                    label: t('statement.original'),
                    children: (
                      <div lang="en">
                        <Typography.Paragraph>{b.restriction.description}</Typography.Paragraph>
                        <Typography.Paragraph>{b.facts.summary}</Typography.Paragraph>
                        <Typography.Paragraph>{b.ground.explanation}</Typography.Paragraph>
                        <Typography.Paragraph>{b.ground.policyGround}</Typography.Paragraph>
                        <Typography.Paragraph>{b.automation.description}</Typography.Paragraph>
                        {b.redress.map((r) => (
                          <Typography.Paragraph key={r.kind}>{r.description}</Typography.Paragraph>
                        ))}
                      </div>
                    ),
                  },
                ]}
              />
            ) : null}
          </Space>
        );
      }}
    </QueryState>
  );
}
