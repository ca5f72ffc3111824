import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { Pager, usePage } from '../../components/Pager';
import { ProblemAlert, QueryState } from '../../components/states';
import { useFormat } from '../../format';

type Result = 'upheld' | 'reversed';

function AppealDecision({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const decide = useMutation({
    mutationFn: (result: Result) =>
      call(
        api.POST('/v1/appeals/{id}/decision', {
          params: { path: { id } },
          body: { result, reasonText: text },
        }),
      ),
    onSuccess: () => {
      message.success(t('appeal.decided'));
      void client.invalidateQueries({ queryKey: ['appeals'] });
    },
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        aria-label={t('review.reasonText')}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {decide.error ? <ProblemAlert error={decide.error} /> : null}
      <Space>
        <Button onClick={() => decide.mutate('upheld')} disabled={!text.trim()} loading={decide.isPending}>
          {t('appeal.uphold')}
        </Button>
        <Button
          danger
          onClick={() => decide.mutate('reversed')}
          disabled={!text.trim()}
          loading={decide.isPending}
        >
          {t('appeal.reverse')}
        </Button>
      </Space>
    </Space>
  );
}

export default function AppealsQueue() {
  const { t } = useTranslation();
  const f = useFormat();
  const page = usePage();
  const appeals = useQuery({
    queryKey: ['appeals', page.page],
    queryFn: () => call(api.GET('/v1/appeals', { params: { query: page.query } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Typography.Title level={1}>{t('nav.appeals')}</Typography.Title>
      <QueryState query={appeals}>
        {(data) => (
          <>
            <List
              dataSource={data.items}
              locale={{ emptyText: t('common.empty') }}
              pagination={false}
              renderItem={(a) => (
                <List.Item>
                  <Card
                    style={{ width: '100%' }}
                    title={
                      <>
                        {t(`decisionKind.${a.decision.kind}`)} · {t(`party.${a.appellant.party}`)}
                      </>
                    }
                    extra={<Tag>{a.status}</Tag>}
                  >
                    <Typography.Paragraph>{a.grounds}</Typography.Paragraph>
                    <Typography.Text type="secondary">{f.dateTime(a.filedAt)}</Typography.Text>{' '}
                    {a.itemId ? <Link to={`/review/items/${a.itemId}`}>{t('common.open')}</Link> : null}
                    {a.status === 'open' ? <AppealDecision id={a.id} /> : null}
                  </Card>
                </List.Item>
              )}
            />
            <Pager {...page} shown={data.items.length} />
          </>
        )}
      </QueryState>
    </>
  );
}
