import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ProblemAlert } from '../../components/states';
import { useFormat } from '../../format';

export default function Audit() {
  const { t } = useTranslation();
  const f = useFormat();
  const verify = useMutation({ mutationFn: () => call(api.POST('/v1/audit/verify')) });
  const r = verify.data;
  return (
    <>
      <Typography.Title level={1}>{t('nav.audit')}</Typography.Title>
      <Card>
        <Typography.Paragraph>{t('audit.intro')}</Typography.Paragraph>
        <Button type="primary" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('audit.verify')}
        </Button>
        {verify.error ? <ProblemAlert error={verify.error} /> : null}
        {r ? (
          <div style={{ marginTop: 16 }}>
            <Alert
              type={r.ok ? 'success' : 'error'}
              showIcon
              title={r.ok ? t('audit.ok') : t('audit.broken')}
            />
            <Descriptions column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
              <Descriptions.Item label={t('audit.checked')}>{f.number(r.checked)}</Descriptions.Item>
              <Descriptions.Item label={t('audit.head')}>{f.number(r.head)}</Descriptions.Item>
              <Descriptions.Item label={t('audit.checkpoints')}>{f.number(r.checkpoints)}</Descriptions.Item>
            </Descriptions>
            <List
              dataSource={r.findings}
              locale={{ emptyText: t('audit.noFindings') }}
              renderItem={(x) => (
                <List.Item>
                  {x.kind}: {x.message}
                </List.Item>
              )}
            />
          </div>
        ) : null}
      </Card>
    </>
  );
}
