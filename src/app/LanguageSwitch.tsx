import { Segmented } from 'antd';
import { changeLang } from '../i18n';
import { useLang } from '../i18n/lang';
import type { Lang } from '../schema/labels';

/** 中文 / English switch in the header; the choice is remembered (see `changeLang`). */
export function LanguageSwitch() {
  const lang = useLang();
  return (
    <Segmented<Lang>
      aria-label="语言 / Language"
      value={lang}
      onChange={(value) => void changeLang(value)}
      options={[
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
