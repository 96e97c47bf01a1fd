import { MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Switch } from 'antd';
import { useThemeMode } from '../../app/theme';
import { useComfortsText } from './text';

/** Light / dark switch in the header; the choice is remembered (see `ThemedConfigProvider`). */
export function ThemeSwitch() {
  const t = useComfortsText();
  const { mode, setMode } = useThemeMode();
  return (
    <Switch
      checked={mode === 'dark'}
      onChange={(dark) => setMode(dark ? 'dark' : 'light')}
      checkedChildren={<MoonOutlined />}
      unCheckedChildren={<SunOutlined />}
      aria-label={t.themeSwitch}
      title={mode === 'dark' ? t.darkMode : t.lightMode}
    />
  );
}
