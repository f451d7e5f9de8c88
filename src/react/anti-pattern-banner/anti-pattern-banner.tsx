import * as React from 'react';
import type { AntiPatternEvidence, AntiPatternFinding, AntiPatternItem } from 'one-on-one-kit/core';
import {
  antiPatternBannerVariants,
  defaultAntiPatternBannerMessages,
  type AntiPatternBannerMessages,
} from 'one-on-one-kit/server-safe';
import { useFormat, useMessages } from '../provider';
import { WarningIcon } from '../internal/icons';
import { useDismissibleList } from '../internal/use-dismissible-list';

const ANTI_PATTERN_BANNER_NAME = 'AntiPatternBanner';

/**
 * Props of {@link AntiPatternBanner}.
 * @example const props: AntiPatternBannerProps = { findings: detectAntiPatterns(items), items };
 */
export interface AntiPatternBannerProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What `detectAntiPatterns(items)` found. Nothing is rendered when empty. */
  findings: readonly AntiPatternFinding[];
  /** The items the findings point into, so each is shown with its evidence highlighted. */
  items?: readonly AntiPatternItem[];
  /**
   * Called with the finding whose "Dismiss" button was pressed. The banner hides that finding by
   * itself (and itself once none are left); to decide from outside, pass only the findings to show.
   * Focus moves to the next finding's "Dismiss" (or the previous one); after the last, to the control
   * Tab reaches after the banner (or the one before it when nothing follows). Move focus yourself
   * in `onDismiss` and the banner leaves it there.
   */
  onDismiss?: (finding: AntiPatternFinding) => void;
  /**
   * Whether findings can be dismissed.
   * @default true
   */
  dismissible?: boolean;
  /**
   * `callout` is a tinted box; `inline` sits inside a row or card that already has one.
   * @default 'callout'
   */
  variant?: 'callout' | 'inline';
  /** Replacement strings, any of `AntiPatternBannerMessages`. */
  messages?: Partial<AntiPatternBannerMessages>;
}

function shorten(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function keyOf(finding: AntiPatternFinding) {
  return `${finding.pattern}\u0000${finding.itemId}`;
}

type Segment = { text: string; marked: boolean };

/** Splits `text` around the evidence spans that really match it; `null` when none does. */
function highlight(text: string, evidence: readonly AntiPatternEvidence[]): Segment[] | null {
  const spans = [...evidence]
    .filter(
      (span) =>
        Number.isInteger(span.start) &&
        Number.isInteger(span.end) &&
        span.start >= 0 &&
        span.end > span.start &&
        span.end <= text.length &&
        text.slice(span.start, span.end) === span.text,
    )
    .sort((a, b) => a.start - b.start);
  if (spans.length === 0) return null;
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping spans: keep the first
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: span.text, marked: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/**
 * Announces, politely (`role="status"`), agenda items that look like a status update, a technical deep
 * dive or a stealth performance review: the words that fired and a reframe to try instead. Renders
 * nothing when there are no findings. `data-slot="anti-pattern-banner"`. Pulls in no dialog code.
 *
 * @example
 * const findings = detectAntiPatterns(agenda.items);
 * <AntiPatternBanner findings={findings} items={agenda.items} onDismiss={(finding) => log(finding.pattern)} />
 */
export const AntiPatternBanner = React.forwardRef<HTMLDivElement, AntiPatternBannerProps>(
  function AntiPatternBanner(props, forwardedRef) {
    const {
      findings,
      items,
      onDismiss,
      dismissible = true,
      variant,
      messages: messagesProp,
      className,
      ...rest
    } = props;
    const messages = useMessages('antiPatternBanner', defaultAntiPatternBannerMessages, messagesProp);
    const format = useFormat();
    const { visible, dismiss, buttonRef, ref } = useDismissibleList(findings, keyOf, forwardedRef);

    if (visible.length === 0) return null;

    const textById = new Map<string, string>();
    for (const item of items ?? []) textById.set(item.id, item.text);

    return (
      <div
        role="status"
        data-slot="anti-pattern-banner"
        data-variant={variant ?? 'callout'}
        className={antiPatternBannerVariants({ variant, className })}
        {...rest}
        ref={ref}
      >
        <p className="ook-anti-pattern-banner__heading" data-slot="anti-pattern-banner-heading">
          <WarningIcon className="ook-anti-pattern-banner__icon" />
          {format(messages.heading, { count: visible.length })}
        </p>
        <ul className="ook-anti-pattern-banner__list" data-slot="anti-pattern-banner-list">
          {visible.map((finding, index) => {
            const key = keyOf(finding);
            const title = messages.patterns[finding.pattern] ?? finding.pattern;
            const itemText = textById.get(finding.itemId);
            const segments = itemText === undefined ? null : highlight(itemText, finding.evidence);
            return (
              <li
                key={key}
                className="ook-anti-pattern-banner__finding"
                data-slot="anti-pattern-banner-finding"
                data-pattern={finding.pattern}
              >
                <div className="ook-anti-pattern-banner__body">
                  <p className="ook-anti-pattern-banner__title" data-slot="anti-pattern-banner-title">
                    {title}
                  </p>
                  {segments ? (
                    <p className="ook-anti-pattern-banner__evidence" data-slot="anti-pattern-banner-evidence">
                      {segments.map((segment, at) =>
                        segment.marked ? (
                          <mark key={at} className="ook-anti-pattern-banner__mark">
                            {segment.text}
                          </mark>
                        ) : (
                          <React.Fragment key={at}>{segment.text}</React.Fragment>
                        ),
                      )}
                    </p>
                  ) : finding.evidence.length > 0 ? (
                    <p className="ook-anti-pattern-banner__evidence" data-slot="anti-pattern-banner-evidence">
                      <span className="ook-anti-pattern-banner__label">{messages.evidenceLabel}</span>{' '}
                      {finding.evidence.map((span, at) => (
                        <React.Fragment key={at}>
                          {at > 0 ? ', ' : null}
                          <mark className="ook-anti-pattern-banner__mark">{span.text}</mark>
                        </React.Fragment>
                      ))}
                    </p>
                  ) : null}
                  <p
                    className="ook-anti-pattern-banner__suggestion"
                    data-slot="anti-pattern-banner-suggestion"
                  >
                    <span className="ook-anti-pattern-banner__label">{messages.suggestionLabel}</span>{' '}
                    {finding.suggestion}
                  </p>
                </div>
                {dismissible ? (
                  <button
                    type="button"
                    ref={buttonRef(key)}
                    className="ook-button ook-button--outline ook-button--sm ook-anti-pattern-banner__dismiss"
                    data-slot="anti-pattern-banner-dismiss"
                    aria-label={
                      itemText === undefined
                        ? format(messages.dismissLabelWithoutItem, { pattern: title })
                        : format(messages.dismissLabel, { pattern: title, item: shorten(itemText, 60) })
                    }
                    onClick={() => {
                      dismiss(finding, index);
                      onDismiss?.(finding);
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
AntiPatternBanner.displayName = ANTI_PATTERN_BANNER_NAME;
