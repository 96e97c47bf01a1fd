import { lazyPage } from '../../app/lazyPage';
import type { ConsoleFeature } from '../types';

/**
 * Satisfaction surveys and follow-up visits (DOMAIN §2, §3): template editing (normalised
 * weights, the shape lock once answered, copy into a new template), response entry generated
 * from the template with the validity ruling on its show page, and the due follow-ups on the
 * follow-ups list. Every page loads lazily.
 */
export const satisfactionFeature: ConsoleFeature = {
  name: 'satisfaction',
  pages: [],
  overrides: {
    'survey-templates': {
      create: lazyPage(() =>
        import('./templates/TemplateFormPage').then((m) => ({ default: m.TemplateCreate })),
      ),
      edit: lazyPage(() => import('./templates/TemplateFormPage').then((m) => ({ default: m.TemplateEdit }))),
    },
    'follow-ups': {
      list: lazyPage(() => import('./followUps/FollowUpsPage').then((m) => ({ default: m.FollowUpsPage }))),
    },
    'survey-responses': {
      create: lazyPage(() =>
        import('./responses/ResponseFormPage').then((m) => ({ default: m.ResponseCreate })),
      ),
      edit: lazyPage(() => import('./responses/ResponseFormPage').then((m) => ({ default: m.ResponseEdit }))),
      show: lazyPage(() => import('./responses/ResponseShow').then((m) => ({ default: m.ResponseShow }))),
    },
  },
};
