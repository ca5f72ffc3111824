import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call, ProblemError } from '../../api/client';

export type ReceiptKind = 'notice' | 'statement' | 'counter_notice';

/** The signed receipt of a record, through the typed client (the same headers as every call). */
function fetchReceipt(kind: ReceiptKind, id: string): Promise<unknown> {
  const params = { params: { path: { id } } };
  switch (kind) {
    case 'notice':
      return call(api.GET('/v1/notices/{id}/receipt', params));
    case 'statement':
      return call(api.GET('/v1/statements/{id}/receipt', params));
    case 'counter_notice':
      return call(api.GET('/v1/counter-notices/{id}/receipt', params));
  }
}

/**
 * A record made a moment ago may not have its audit record sealed into the chain yet: the API
 * answers 409 `audit-record-not-sealed` with Retry-After (1 s); ask again a few times.
 */
async function withSealing<T>(fetch: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch();
    } catch (error) {
      const rule = error instanceof ProblemError ? (error.problem as { rule?: string }).rule : undefined;
      if (rule !== 'audit-record-not-sealed' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/**
 * "Download receipt": saves the record's signed receipt as a JSON file, which its holder can
 * check offline with `ipp verify-receipt <file> --public-key <pem>`.
 */
export function ReceiptButton({ kind, id }: { kind: ReceiptKind; id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useMutation({
    mutationFn: async () => {
      const receipt = await withSealing(() => fetchReceipt(kind, id));
      const blob = new Blob([`${JSON.stringify(receipt, null, 2)}\n`], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `receipt-${kind.replace('_', '-')}-${id}.json`;
      a.click();
      URL.revokeObjectURL(a.href);
    },
    onError: (error) =>
      message.error(
        t('receipts.failed', {
          detail:
            error instanceof ProblemError ? (error.problem.detail ?? error.problem.title) : error.message,
        }),
      ),
  });
  return (
    <Tooltip title={t('receipts.hint')}>
      <Button
        icon={<DownloadOutlined />}
        loading={download.isPending}
        onClick={() => download.mutate()}
        data-testid={`receipt-${kind}`}
      >
        {t('receipts.download')}
      </Button>
    </Tooltip>
  );
}
