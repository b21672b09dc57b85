/** A small, valid article frontmatter (as an editor writes it) for unit tests to vary. */
export function articleInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Quotas and units',
    dek: 'A test article.',
    section: 'Security',
    tags: ['russia'],
    published: '2024-10',
    sources: {
      istories: { publisher: 'iStories' },
    },
    figures: {
      perFacility: { value: 100, format: 'count', unit: 'people/facility', source: 'istories' },
      facilities: { value: 210, format: 'count', unit: 'facilities', source: 'istories' },
      unit: { value: 20000, format: 'count', unit: 'people', source: 'istories' },
    },
    facts: {
      quota: { title: 'Facility quota', formula: 'perFacility * facilities', format: 'count', compareTo: 'unit' },
    },
    ...overrides,
  };
}
