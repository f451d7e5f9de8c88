import * as React from 'react';

/**
 * Every visible string of every component, grouped by component. Each component exports its own
 * messages type and English defaults; a host replaces any of them here or through a component's
 * `messages` prop (the prop wins).
 */
export interface OneOnOneKitMessages {
  [component: string]: Record<string, unknown> | undefined;
}

/** Props of {@link OneOnOneKitProvider}. */
export interface OneOnOneKitProviderProps {
  /** Replacement strings, e.g. `{ feedbackAsk: { trigger: 'Ask for feedback' } }`. */
  messages?: OneOnOneKitMessages;
  children?: React.ReactNode;
}

const MessagesContext = React.createContext<OneOnOneKitMessages>({});
MessagesContext.displayName = 'OneOnOneKitMessagesContext';

/**
 * Supplies replacement strings (another language, your team's wording) to every kit component below it.
 *
 * @example
 * <OneOnOneKitProvider messages={{ feedbackAsk: { trigger: 'Pedir feedback' } }}>
 *   <FeedbackAsk onSubmit={save} />
 * </OneOnOneKitProvider>
 */
export function OneOnOneKitProvider({ messages, children }: OneOnOneKitProviderProps) {
  const parent = React.useContext(MessagesContext);
  const merged = React.useMemo(() => {
    if (!messages) return parent;
    const next: OneOnOneKitMessages = { ...parent };
    for (const [key, value] of Object.entries(messages)) next[key] = { ...parent[key], ...value };
    return next;
  }, [parent, messages]);
  return <MessagesContext.Provider value={merged}>{children}</MessagesContext.Provider>;
}

/**
 * Resolves one component's strings: English defaults, then the provider's, then the `messages` prop.
 * @internal
 */
export function useMessages<M extends object>(component: string, defaults: M, override?: Partial<M>): M {
  const fromProvider = React.useContext(MessagesContext)[component] as Partial<M> | undefined;
  return React.useMemo(
    () => ({ ...defaults, ...fromProvider, ...override }),
    [defaults, fromProvider, override],
  );
}
