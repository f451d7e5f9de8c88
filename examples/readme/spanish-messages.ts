import type { OneOnOneKitMessages } from 'one-on-one-kit/server-safe';

// Plain data: a server component can build it (or load it from a translation file) and pass it on.
export const spanish: OneOnOneKitMessages = {
  pillars: {
    present: { title: 'El presente' },
    'near-future': { title: 'El futuro cercano' },
    horizon: { title: 'El horizonte' },
  },
  agendaBoard: {
    addLabel: 'Añadir a {pillar}',
    ownership:
      '{who, select, you {Has añadido} named {{name} ha añadido} other {Ha añadido}} {count} de {total, plural, one {# tema} other {# temas}}',
    carriedOver: '{count, plural, one {Aplazado # vez} other {Aplazado # veces}}',
  },
  pillarCard: {
    focusBadge: 'Foco de esta semana',
    daysAgo: '{days, plural, =0 {hoy} one {hace # día} other {hace # días}}',
  },
  feedbackAsk: { trigger: 'Pedir feedback', save: 'Guardar feedback' },
};
