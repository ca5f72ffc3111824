import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { fieldErrors, ProblemAlert, pointerPath } from '../../components/states';

/** Items in these states may be withdrawn (the API decides: pending, info requested, removed). */
export const WITHDRAWABLE = ['pending', 'info_requested', 'removed'];

/**
 * The rights holder (or its agent) withdraws one item or every open item of a notice, after a
 * confirmation with an optional reason (POST /v1/items/{id}/withdraw, /v1/notices/{id}/withdraw).
 */
export function WithdrawButton({
  target,
  id,
  name,
  size,
}: {
  target: 'item' | 'notice';
  id: string;
  name?: string | undefined;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reasonText?: string }>();
  const withdraw = useMutation({
    mutationFn: async (reasonText: string | undefined): Promise<unknown> => {
      const body = reasonText?.trim() ? { reasonText: reasonText.trim() } : {};
      return target === 'item'
        ? call(api.POST('/v1/items/{id}/withdraw', { params: { path: { id } }, body }))
        : call(api.POST('/v1/notices/{id}/withdraw', { params: { path: { id } }, body }));
    },
    onSuccess: () => {
      message.success(t(`withdraw.done.${target}`));
      setOpen(false);
      void client.invalidateQueries({ queryKey: ['notice'] });
      void client.invalidateQueries({ queryKey: ['item'] });
      void client.invalidateQueries({ queryKey: ['notices'] });
    },
    onError: (error) => form.setFields(fieldErrors(error, (p) => pointerPath(p).slice(0, 1))),
  });
  const label = target === 'item' ? t('withdraw.item') : t('withdraw.notice');
  return (
    <>
      <Button
        danger
        size={size}
        aria-label={name ? `${label}: ${name}` : label}
        onClick={() => {
          withdraw.reset();
          form.resetFields();
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <Modal
        open={open}
        title={target === 'item' ? t('withdraw.confirmItem') : t('withdraw.confirmNotice')}
        okText={label}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={withdraw.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{target === 'item' ? t('withdraw.explainItem') : t('withdraw.explainNotice')}</p>
        {name ? <p>{name}</p> : null}
        <Form form={form} layout="vertical" onFinish={({ reasonText }) => withdraw.mutate(reasonText)}>
          <Form.Item name="reasonText" label={t('withdraw.reason')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          {withdraw.error ? <ProblemAlert error={withdraw.error} /> : null}
        </Form>
      </Modal>
    </>
  );
}
