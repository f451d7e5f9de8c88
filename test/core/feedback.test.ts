import { OneOnOneError, addDays, feedbackTrend, type MeetingRecord } from 'one-on-one-kit/core';

/** Weekly meetings from 2026-01-05, one per entry: `a` asked, `r` asked and received, `-` neither. */
function weekly(pattern: string): MeetingRecord[] {
  return [...pattern].map((mark, index) => ({
    date: addDays('2026-01-05', index * 7),
    focus: 'present',
    feedbackAsked: mark !== '-',
    feedbackReceived: mark === 'r',
  }));
}

describe('feedbackTrend', () => {
  it('reports nothing for an empty history', () => {
    expect(feedbackTrend([])).toEqual({
      meetings: 0,
      asked: 0,
      received: 0,
      streak: 0,
      meetingsSinceAsked: 0,
      lastAskedOn: null,
      lastReceivedOn: null,
    });
  });

  it('counts asks, feedback received and the current streak', () => {
    // 2026-01-05 … 2026-02-16, weekly.
    expect(feedbackTrend(weekly('a-a-rar'))).toEqual({
      meetings: 7,
      asked: 5,
      received: 2,
      streak: 3,
      meetingsSinceAsked: 0,
      lastAskedOn: '2026-02-16',
      lastReceivedOn: '2026-02-16',
    });
  });

  it('drops the streak to 0 when the latest meeting went without an ask', () => {
    const trend = feedbackTrend(weekly('aaar--'));
    expect(trend.streak).toBe(0);
    expect(trend.meetingsSinceAsked).toBe(2);
    expect(trend.lastAskedOn).toBe('2026-01-26');
    expect(trend.lastReceivedOn).toBe('2026-01-26');
  });

  it('counts every meeting when feedback was always asked, even if none came', () => {
    const trend = feedbackTrend(weekly('aaaaa'));
    expect(trend).toMatchObject({ meetings: 5, asked: 5, received: 0, streak: 5, lastReceivedOn: null });
  });

  it('treats missing flags as not asked and counts feedback that came unasked', () => {
    const history: MeetingRecord[] = [
      { date: '2026-01-05', focus: 'present', feedbackAsked: true },
      { date: '2026-01-12', focus: 'horizon', feedbackReceived: true },
    ];
    expect(feedbackTrend(history)).toMatchObject({
      asked: 1,
      received: 1,
      streak: 0,
      meetingsSinceAsked: 1,
      lastAskedOn: '2026-01-05',
      lastReceivedOn: '2026-01-12',
    });
    expect(feedbackTrend([{ date: '2026-01-05', focus: 'present' }]).meetingsSinceAsked).toBe(1);
  });

  it('reads the history by date, whatever order it comes in', () => {
    const history = weekly('-aara');
    const trend = feedbackTrend(history);
    expect(trend.streak).toBe(4);
    expect(feedbackTrend([...history].reverse())).toEqual(trend);
    expect(feedbackTrend([history[3]!, history[0]!, history[4]!, history[2]!, history[1]!])).toEqual(trend);
  });

  it('stops the streak at a day where any meeting went without an ask, in either order', () => {
    const sameDay: MeetingRecord[] = [
      { date: '2026-01-12', focus: 'present', feedbackAsked: true },
      { date: '2026-01-12', focus: 'horizon', feedbackAsked: false },
      { date: '2026-01-19', focus: 'present', feedbackAsked: true },
    ];
    expect(feedbackTrend(sameDay).streak).toBe(1);
    expect(feedbackTrend([...sameDay].reverse()).streak).toBe(1);
    const bothAsked = sameDay.map((meeting) => ({ ...meeting, feedbackAsked: true }));
    expect(feedbackTrend(bothAsked).streak).toBe(3);
  });

  it('rejects a history that is not one', () => {
    expect(() => feedbackTrend('weekly' as unknown as MeetingRecord[])).toThrow(OneOnOneError);
    expect(() =>
      feedbackTrend([
        { date: '2026-01-05', focus: 'present', feedbackAsked: 'yes' },
      ] as unknown as MeetingRecord[]),
    ).toThrow(expect.objectContaining({ code: 'invalid-history', path: 'history[0].feedbackAsked' }));
  });
});
