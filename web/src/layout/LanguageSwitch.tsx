import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('layout.language')}
      data-testid="language-switch"
      size="small"
      style={{ width: 110 }}
      value={i18n.language as Language}
      onChange={(value: Language) => setLanguage(value)}
      options={[
        { value: 'en', label: 'English' },
        { value: 'zh-CN', label: '简体中文' },
      ]}
    />
  );
}
