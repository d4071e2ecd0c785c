/** Binds the reducer and the controller to React. All logic lives in state.ts and controller.ts. */
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { resolveSettings, type Locale } from '../core/settings';
import type { WorkbookApi } from '../office/api';
import type { LocalStore } from '../office/helpers';
import { createController, type Controller } from './controller';
import type { RuleText } from './report';
import { initialState, reducer, type PaneState } from './state';

export interface PaneDeps {
  api: WorkbookApi;
  ruleText: RuleText;
  displayLocale: Locale;
  download: (fileName: string, content: string, mimeType: string) => void;
  /** Per-user pane preferences (the severity filters), kept outside the workbook. */
  preferences?: LocalStore<PaneState['filters']>;
  onError?: (error: unknown) => void;
}

export function usePane(deps: PaneDeps): [PaneState, Controller] {
  const [state, dispatchReact] = useReducer(reducer, undefined, () => {
    const initial = initialState(resolveSettings({ locale: deps.displayLocale }), deps.displayLocale);
    return { ...initial, filters: { ...initial.filters, ...deps.preferences?.get('filters') } };
  });
  // The controller reads the latest state synchronously between awaits, so it keeps its own copy in step.
  const latest = useRef(state);
  latest.current = state;
  const controller = useMemo(
    () =>
      createController({
        ...deps,
        getState: () => latest.current,
        dispatch: (action) => {
          latest.current = reducer(latest.current, action);
          dispatchReact(action);
        },
      }),
    // The pane is created once per api; the other deps are stable for its lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [deps.api],
  );
  useEffect(() => {
    void controller.init(deps.displayLocale);
  }, [controller, deps.displayLocale]);
  useEffect(() => deps.preferences?.set('filters', state.filters), [deps.preferences, state.filters]);
  return [state, controller];
}

/** Saves text as a file through a Blob link: stays on the machine, no network. */
export function downloadFile(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
