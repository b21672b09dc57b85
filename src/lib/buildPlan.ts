/**
 * What `astro build` will publish, known before Astro reads any content: the slugs of the content
 * check's published articles, newest first (the order their pages are built in). Integrations
 * that work ahead of the pages read it. Only slugs are kept, so the plan holds no article in
 * memory for the length of the build.
 */
let plan: readonly string[] | undefined;

export function setBuildPlan(slugs: readonly string[] | undefined): void {
  plan = slugs;
}

/** The published slugs of the running build, newest first, or undefined outside `astro build`. */
export function buildPlan(): readonly string[] | undefined {
  return plan;
}
