import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export default function Placeholder() {
  const { t } = useTranslation();
  return <Typography.Title level={1}>{t('common.loading')}</Typography.Title>;
}
