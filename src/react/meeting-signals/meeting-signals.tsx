import * as React from 'react';
import type { MeetingSignal } from 'one-on-one-kit/core';
import {
  defaultMeetingSignalsMessages,
  meetingSignalsVariants,
  type MeetingSignalsMessages,
} from 'one-on-one-kit/server-safe';
import { useFormat, useMessages, usePillarMessages } from '../provider';
import { useDismissibleList } from '../internal/use-dismissible-list';

const MEETING_SIGNALS_NAME = 'MeetingSignals';

/**
 * Props of {@link MeetingSignals}.
 * @example const props: MeetingSignalsProps = { signals: detectMeetingSignals({ agenda, history, on }), items: agenda.items };
 */
export interface MeetingSignalsProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What `detectMeetingSignals(…)` found. Nothing is rendered when empty. */
  signals: readonly MeetingSignal[];
  /** The agenda's items, so a carried-over signal names its item. */
  items?: readonly { readonly id: string; readonly text: string }[];
  /**
   * Called with the signal whose "Dismiss" button was pressed. The list hides it by itself (and itself
   * once none are left); focus moves to the next signal's button, or on to what follows the list.
   */
  onDismiss?: (signal: MeetingSignal) => void;
  /**
   * Whether signals can be dismissed.
   * @default true
   */
  dismissible?: boolean;
  /**
   * `callout` is a tinted box; `inline` sits inside a panel that already has one.
   * @default 'callout'
   */
  variant?: 'callout' | 'inline';
  /** Replacement strings, any of `MeetingSignalsMessages`. */
  messages?: Partial<MeetingSignalsMessages>;
}

function keyOf(signal: MeetingSignal) {
  return `${signal.kind}\u0000${signal.itemId ?? signal.pillar ?? ''}`;
}

function shorten(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * The shape of a 1:1 at a glance, for the manager, politely (`role="status"`): an agenda mostly
 * theirs, an item carried over again and again, feedback not asked lately, a pillar left too long.
 * Each signal shows its number and a coaching line, and can be dismissed. Renders nothing for no
 * signals. `data-slot="meeting-signals"`. It takes `detectMeetingSignals`' result, so neither the
 * detector nor any dialog code ships with it.
 *
 * @example
 * const signals = detectMeetingSignals({ agenda, history, on: agenda.meetingDate });
 * <MeetingSignals signals={signals} items={agenda.items} />
 */
export const MeetingSignals = React.forwardRef<HTMLDivElement, MeetingSignalsProps>(
  function MeetingSignals(props, forwardedRef) {
    const {
      signals,
      items,
      onDismiss,
      dismissible = true,
      variant,
      messages: messagesProp,
      className,
      ...rest
    } = props;
    const messages = useMessages('meetingSignals', defaultMeetingSignalsMessages, messagesProp);
    const format = useFormat();
    const pillars = usePillarMessages();
    const { visible, dismiss, buttonRef, ref } = useDismissibleList(signals, keyOf, forwardedRef);

    if (visible.length === 0) return null;

    return (
      <div
        role="status"
        data-slot="meeting-signals"
        data-variant={variant ?? 'callout'}
        className={meetingSignalsVariants({ variant, className })}
        {...rest}
        ref={ref}
      >
        <p className="ook-meeting-signals__heading" data-slot="meeting-signals-heading">
          {format(messages.heading, { count: visible.length })}
        </p>
        <ul className="ook-meeting-signals__list" data-slot="meeting-signals-list">
          {visible.map((signal, index) => {
            const key = keyOf(signal);
            // Number.isFinite is false for anything but a finite number, so no typeof check.
            const value = Number.isFinite(signal.value) ? (signal.value as number) : 0;
            const itemText = items?.find((item) => item.id === signal.itemId)?.text;
            const values = {
              value,
              percent: Math.round(value * 100),
              item: itemText === undefined ? undefined : shorten(itemText, 60),
              pillar: signal.pillar ? (pillars[signal.pillar]?.title ?? signal.pillar) : undefined,
            };
            // A kind a host's messages leave out (or a newer one) falls back to the core's English message.
            const say = (message: string | undefined, fallback = signal.message) =>
              format(message ?? fallback, values);
            const title = say(
              signal.kind === 'carried-over' && itemText === undefined
                ? messages.carriedOverWithoutItem
                : messages.titles[signal.kind],
            );
            return (
              <li
                key={key}
                className="ook-meeting-signals__signal"
                data-slot="meeting-signals-signal"
                data-kind={signal.kind}
              >
                <p className="ook-meeting-signals__figure" data-slot="meeting-signals-figure">
                  <span className="ook-meeting-signals__number">
                    {say(messages.figures[signal.kind], '{value}')}
                  </span>
                  <span className="ook-meeting-signals__caption">
                    {say(messages.captions[signal.kind], '')}
                  </span>
                </p>
                <div className="ook-meeting-signals__body">
                  <p className="ook-meeting-signals__title" data-slot="meeting-signals-title">
                    {title}
                  </p>
                  <p className="ook-meeting-signals__coaching" data-slot="meeting-signals-coaching">
                    {say(messages.coaching[signal.kind])}
                  </p>
                </div>
                {dismissible ? (
                  <button
                    type="button"
                    ref={buttonRef(key)}
                    className="ook-button ook-button--outline ook-button--sm ook-meeting-signals__dismiss"
                    data-slot="meeting-signals-dismiss"
                    aria-label={format(messages.dismissLabel, { signal: title })}
                    onClick={() => {
                      dismiss(signal, index);
                      onDismiss?.(signal);
                    }}
                  >
                    {messages.dismiss}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>
    );
  },
);
MeetingSignals.displayName = MEETING_SIGNALS_NAME;
