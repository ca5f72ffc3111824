import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { fieldErrors, ProblemAlert, pointerPath, QueryState } from '../../components/states';
import { useMe } from '../../session/session';
import { StoreMoneyCard } from '../money/StoreMoneyCard';
import { LicenceTable } from '../seller/Licences';
import { Accountability } from './Accountability';

type Level = 'warning' | 'listing_limit' | 'suspension' | 'closure';
const LEVELS: Level[] = ['warning', 'listing_limit', 'suspension', 'closure'];

/** The operator's view of one store: its standing and sanction history, sanctions by hand, lifting. */
export default function StorePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const me = useMe();
  const isAdmin = me.data?.organisation?.kind === 'operator' && me.data.roles.includes('admin');
  const standing = useQuery({
    queryKey: ['accountability', id],
    queryFn: () => call(api.GET('/v1/stores/{id}/accountability', { params: { path: { id } } })),
  });
  const licences = useQuery({
    queryKey: ['licences', 'store', id],
    queryFn: () =>
      call(api.GET('/v1/licences', { params: { query: { storeId: id, limit: 100, offset: 0 } } })),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['accountability', id] });
  const [form] = Form.useForm<{
    level: Level;
    reasonText: string;
    suspensionDays?: number;
    listingLimit?: number;
    education?: boolean;
  }>();
  const level = Form.useWatch('level', form);
  const sanction = useMutation({
    mutationFn: (v: {
      level: Level;
      reasonText: string;
      suspensionDays?: number;
      listingLimit?: number;
      education?: boolean;
    }) =>
      call(
        api.POST('/v1/stores/{id}/sanctions', {
          params: { path: { id } },
          body: {
            level: v.level,
            reasonText: v.reasonText ?? '',
            ...(v.level === 'suspension' ? { suspensionDays: v.suspensionDays } : {}),
            ...(v.level === 'listing_limit' ? { listingLimit: v.listingLimit } : {}),
            ...(v.education ? { education: true } : {}),
          },
        }),
      ),
    onSuccess: () => {
      message.success(t('accountability.sanctioned'));
      form.resetFields();
      refresh();
    },
    onError: (e) => form.setFields(fieldErrors(e, (p) => pointerPath(p).slice(0, 1))),
  });
  const [lifting, setLifting] = useState<string | null>(null);
  const [liftReason, setLiftReason] = useState('');
  const lift = useMutation({
    mutationFn: (sanctionId: string) =>
      call(
        api.POST('/v1/sanctions/{id}/lift', {
          params: { path: { id: sanctionId } },
          body: { reasonText: liftReason },
        }),
      ),
    onSuccess: () => {
      message.success(t('accountability.lifted'));
      setLifting(null);
      setLiftReason('');
      refresh();
    },
  });
  return (
    <>
      <Typography.Title level={1}>{t('accountability.storeTitle')}</Typography.Title>
      <QueryState query={standing}>
        {(data) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Accountability
              data={data}
              asSeller={false}
              sanctionActions={(s) =>
                isAdmin && s.active ? (
                  <Button size="small" onClick={() => setLifting(s.id)}>
                    {t('accountability.lift')}
                  </Button>
                ) : null
              }
            />
            <Card
              title={t('licences.storeLicences')}
              extra={<Link to={`/admin/stores/${id}/links`}>{t('accountability.linkedStores')}</Link>}
            >
              <QueryState query={licences}>{(l) => <LicenceTable items={l.items} />}</QueryState>
            </Card>
            <StoreMoneyCard storeId={id} />
            <Card title={t('accountability.sanctionByHand')}>
              {sanction.error ? <ProblemAlert error={sanction.error} /> : null}
              <Form
                form={form}
                layout="vertical"
                onFinish={(v) => sanction.mutate(v)}
                style={{ maxWidth: 560 }}
              >
                <Form.Item
                  name="level"
                  label={t('accountability.sanction')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <Select
                    options={LEVELS.map((l) => ({ value: l, label: t(`accountability.level.${l}`) }))}
                  />
                </Form.Item>
                {level === 'suspension' ? (
                  <Form.Item
                    name="suspensionDays"
                    label={t('accountability.days')}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <InputNumber min={1} max={3650} />
                  </Form.Item>
                ) : null}
                {level === 'listing_limit' ? (
                  <Form.Item
                    name="listingLimit"
                    label={t('accountability.limit')}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <InputNumber min={0} />
                  </Form.Item>
                ) : null}
                <Form.Item name="education" valuePropName="checked">
                  <Checkbox>{t('accountability.requireEducation')}</Checkbox>
                </Form.Item>
                <Form.Item
                  name="reasonText"
                  label={t('common.reason')}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <Input.TextArea rows={3} />
                </Form.Item>
                <Button type="primary" danger htmlType="submit" loading={sanction.isPending}>
                  {t('accountability.impose')}
                </Button>
              </Form>
            </Card>
          </Space>
        )}
      </QueryState>
      <Modal
        open={lifting !== null}
        title={t('accountability.lift')}
        okText={t('accountability.lift')}
        okButtonProps={{ disabled: liftReason.trim() === '', loading: lift.isPending }}
        onOk={() => lifting && lift.mutate(lifting)}
        onCancel={() => setLifting(null)}
      >
        {lift.error ? <ProblemAlert error={lift.error} /> : null}
        <Input.TextArea
          aria-label={t('common.reason')}
          placeholder={t('common.reason')}
          rows={3}
          value={liftReason}
          onChange={(e) => setLiftReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
