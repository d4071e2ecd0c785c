import { createRoot } from 'react-dom/client';
import { hostInfo, logError } from '../office/helpers';
import { App } from './App';
import { RULE_METAS, coreRuleText } from './rule-text';
const api = {} as never;
if (!hostInfo().isAddin) logError('x');
createRoot(document.getElementById('root')!).render(<App api={api} ruleText={coreRuleText} rules={RULE_METAS} displayLocale="zh-CN" />);
