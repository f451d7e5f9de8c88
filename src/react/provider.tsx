import * as React from 'react';
import {
  defaultPillarMessages,
  formatMessage,
  type MessageValues,
  type OneOnOneKitMessages,
  type PillarMessages,
} from 'one-on-one-kit/server-safe';

/** Props of {@link OneOnOneKitProvider}. */
export interface OneOnOneKitProviderProps {
  /**
   * Replacement strings, by component: `{ feedbackAsk: { trigger: 'Pedir feedback' } }`. Plain data,
   * so a server component may pass them. Merged over an outer provider's, key by key.
   */
  messages?: OneOnOneKitMessages;
  /**
   * The language of `messages` as a BCP 47 tag (`'de'`, `'pt-BR'`): it picks plural forms and writes
   * numbers. Default: an outer provider's, else `'en'`.
   */
  locale?: string;
  children?: React.ReactNode;
}

interface KitContextValue {
  messages: OneOnOneKitMessages;
  locale: string;
}

const KitContext = React.createContext<KitContextValue>({ messages: {}, locale: 'en' });
KitContext.displayName = 'OneOnOneKitContext';

type Group = Record<string, unknown>;

function mergeMessages(parent: OneOnOneKitMessages, child: OneOnOneKitMessages): OneOnOneKitMessages {
  const next: Record<string, Group | undefined> = { ...parent };
  const outer = parent as Record<string, Group | undefined>;
  for (const [key, group] of Object.entries(child as Record<string, Group | undefined>)) {
    if (!group) continue;
    const merged: Group = { ...outer[key], ...group };
    // Pillars go one level deeper, so replacing a title keeps that pillar's summary.
    if (key === 'pillars') {
      for (const [id, text] of Object.entries(group))
        merged[id] = { ...(outer[key]?.[id] as Group), ...(text as Group) };
    }
    next[key] = merged;
  }
  return next as OneOnOneKitMessages;
}

/**
 * Supplies replacement strings (another language, your team's wording) and their locale to every kit
 * component below it. Providers nest: an inner one replaces only what it names.
 *
 * @example
 * <OneOnOneKitProvider locale="es" messages={{ feedbackAsk: { trigger: 'Pedir feedback' } }}>
 *   <FeedbackAsk onSubmit={save} />
 * </OneOnOneKitProvider>
 */
export function OneOnOneKitProvider({ messages, locale, children }: OneOnOneKitProviderProps) {
  const parent = React.useContext(KitContext);
  const value = React.useMemo(
    () => ({
      messages: messages ? mergeMessages(parent.messages, messages) : parent.messages,
      locale: locale ?? parent.locale,
    }),
    [parent, messages, locale],
  );
  return <KitContext.Provider value={value}>{children}</KitContext.Provider>;
}
OneOnOneKitProvider.displayName = 'OneOnOneKitProvider';

type ComponentGroup = Exclude<keyof OneOnOneKitMessages, 'pillars'>;
/** All of one component's strings, e.g. `AgendaBoardMessages` for `agendaBoard`. */
type FullMessages<K extends ComponentGroup> = Required<NonNullable<OneOnOneKitMessages[K]>>;

/**
 * Resolves one component's strings: English defaults, then the provider's, then the `messages` prop.
 * @internal
 */
export function useMessages<K extends ComponentGroup>(
  component: K,
  defaults: FullMessages<K>,
  override?: OneOnOneKitMessages[K],
): FullMessages<K> {
  const fromProvider = React.useContext(KitContext).messages[component];
  return React.useMemo(
    () => ({ ...defaults, ...fromProvider, ...override }) as FullMessages<K>,
    [defaults, fromProvider, override],
  );
}

/**
 * The pillars' titles and summaries: English defaults under the provider's `pillars`.
 * @internal
 */
export function usePillarMessages(): PillarMessages {
  const fromProvider = React.useContext(KitContext).messages.pillars;
  return React.useMemo(() => {
    if (!fromProvider) return defaultPillarMessages;
    const merged = { ...defaultPillarMessages };
    for (const id of Object.keys(merged) as (keyof PillarMessages)[]) {
      merged[id] = { ...merged[id], ...fromProvider[id] };
    }
    return merged;
  }, [fromProvider]);
}

/**
 * `formatMessage` in the provider's locale, stable while the locale is.
 * @internal
 */
export function useFormat(): (message: string, values?: MessageValues) => string {
  const { locale } = React.useContext(KitContext);
  return React.useCallback((message, values) => formatMessage(message, values, locale), [locale]);
}

/**
 * The provider's locale (`'en'` without one).
 * @internal
 */
export function useLocale(): string {
  return React.useContext(KitContext).locale;
}
